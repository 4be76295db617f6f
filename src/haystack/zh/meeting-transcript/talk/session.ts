// One meeting being recorded: a running clock, the people present, and its turn and note blocks with their place context.
import type { FactKey } from '../../../place-context.js';
import type { Block } from '../../../../types.js';
import type { Rng } from '../../../../util/rng.js';
import type { MeetingPlace } from '../../../place-context.js';
import { awaitsReply } from '../../../turn-awaits.js';
import { hms, isoDate } from '../model/numbers.js';
import type { Person } from '../model/organization.js';

/** What a session knows about its meeting. */
export interface SessionHeader {
  index: number;
  kind: string;
  /** Heading, e.g. `华澜智能装备股份有限公司第四届董事会第九次会议`. */
  title: string;
  day: number;
  chair: Person;
  /** Label turns by the speaker's name alone (`段艳萍`), as an online meeting's transcript does; else `开发（段艳萍）`. */
  byName?: boolean;
}

interface Pending {
  block: Block;
  present: Person[];
  at?: number;
}

/** The label printed before a person's turns: `董事长（王志强）`. */
export function labelOf(p: Person): string {
  return `${p.title}（${p.name}）`;
}

/** Collects the blocks of one meeting; time advances with the characters spoken (about four a second). */
export class Session {
  private readonly pending: Pending[] = [];
  private clock: number;
  private present: Person[];

  constructor(readonly header: SessionHeader, private readonly rng: Rng, present: Person[], startSeconds = 0) {
    this.clock = startSeconds;
    this.present = present.slice();
  }

  /** Section of every block: the meeting's title. */
  get section(): string {
    return this.header.title;
  }

  /** Everyone present now. */
  get people(): Person[] {
    return this.present;
  }

  /** Seconds since the recording started. */
  get seconds(): number {
    return this.clock;
  }

  /** The label printed before a person's turns in this meeting. */
  label(p: Person): string {
    return this.header.byName ? p.name : labelOf(p);
  }

  /** A turn `<title>（<name>） [HH:MM:SS]: <text>`, with the facts it states (Block.facts); empty text is skipped. */
  say(who: Person, text: string, facts?: FactKey[]): void {
    const t = text.trim();
    if (t === '') return;
    if (!this.present.includes(who)) this.present = [...this.present, who];
    const time = hms(this.clock);
    this.pending.push({
      block: { kind: 'turn', text: `${this.label(who)} [${time}]: ${t}`, section: this.section, time, speakers: this.present.map((p) => this.label(p)), ...(facts?.length ? { facts } : {}) },
      present: this.present,
      at: this.clock,
    });
    this.clock += [...t].length / this.rng.float(3.6, 4.8) + this.rng.float(0.5, 2.5);
  }

  /** A line that is not a turn: a header line, an attendance list, 〔休会〕. */
  meta(text: string): void {
    this.pending.push({ block: { kind: 'meta', text, section: this.section }, present: this.present });
  }

  /** A heading line (the meeting's name). */
  heading(text: string): void {
    this.pending.push({ block: { kind: 'heading', text, section: this.section }, present: this.present });
  }

  /** Lets time pass without speech. */
  pause(seconds: number): void {
    this.clock += seconds;
  }

  /** The blocks, each with its place: the meeting, who is present, the time of the next turn and of the one before. */
  blocks(): Block[] {
    const out: Block[] = [];
    const times: Array<string | undefined> = new Array(this.pending.length);
    let next: string | undefined;
    for (let i = this.pending.length - 1; i >= 0; i--) {
      const p = this.pending[i]!;
      if (p.at !== undefined) next = p.block.time;
      times[i] = next;
    }
    let previous: string | undefined;
    let asked = false;
    for (const [i, p] of this.pending.entries()) {
      const context: MeetingPlace = {
        kind: 'meeting-transcript',
        meetingIndex: this.header.index,
        meetingKind: this.header.kind,
        title: this.header.title,
        date: isoDate(this.header.day),
        chair: this.label(this.header.chair),
        participants: p.present.map((x) => ({ label: this.label(x), role: x.role })),
        ...(times[i] ? { time: times[i] } : {}),
        ...(previous ? { previousTime: previous } : {}),
        ...(asked ? { awaitsAnswer: true } : {}),
      };
      out.push({ ...p.block, context });
      if (p.at !== undefined) {
        previous = p.block.time;
        asked = awaitsReply(p.block.text);
      }
    }
    return out;
  }
}
