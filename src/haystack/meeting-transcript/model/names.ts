// Who and what the transcripts may name: people, firms and places drawn without repeats, some held back for needles.
import type { Rng } from '../../../util/rng.js';
import { loadHaystackData } from '../../data.js';

/** Name lists (haystacks/meeting-transcript/people.json). */
export interface PeopleData {
  first: string[];
  last: string[];
  analystFirm: string[];
  auditor: string[];
  lawFirm: string[];
  adviser: string[];
  bank: string[];
  companyRoot: string[];
}

/** A region freight and sales talk refer to, with a description sharing none of its words. */
export interface Region {
  name: string;
  gloss: string;
  states: string[];
}

/** Place lists (haystacks/meeting-transcript/places.json). */
export interface PlacesData {
  citiesUS: Array<[string, string]>;
  citiesWorld: Array<[string, string, string]>;
  regions: Region[];
  streets: string[];
  venues: string[];
}

export const peopleData = (): PeopleData => loadHaystackData<PeopleData>('meeting-transcript/people.json');
export const placesData = (): PlacesData => loadHaystackData<PlacesData>('meeting-transcript/places.json');

/**
 * Hands out first and last names so that no two people of the organization share either (while the lists
 * allow): a speaker is never confused with a colleague, and a name held back for a needle appears nowhere else.
 */
export class NamePool {
  private readonly usedFirst = new Set<string>();
  private readonly usedLast = new Set<string>();
  private readonly data = peopleData();

  constructor(private readonly rng: Rng) {}

  /** A fresh "First Last". */
  person(): { first: string; last: string } {
    for (let tries = 0; ; tries++) {
      const first = this.rng.pick(this.data.first);
      const last = this.rng.pick(this.data.last);
      if (tries < 400 && (this.usedFirst.has(first) || this.usedLast.has(last))) continue;
      this.usedFirst.add(first);
      this.usedLast.add(last);
      return { first, last };
    }
  }

  /** A last name no person has (firm names, outsiders mentioned once). */
  surname(): string {
    for (let tries = 0; ; tries++) {
      const last = this.rng.pick(this.data.last);
      if (tries < 400 && this.usedLast.has(last)) continue;
      this.usedLast.add(last);
      return last;
    }
  }

  /** True when the last name belongs to somebody already. */
  hasSurname(last: string): boolean {
    return this.usedLast.has(last);
  }
}
