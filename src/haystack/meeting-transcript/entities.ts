// Specific things people name in meetings: vendors, firms, outsiders, money, percentages, dates — drawn fresh each time.
import type { Rng } from '../../util/rng.js';
import { loadHaystackData } from '../data.js';
import type { Names } from '../financial-report/company.js';

const VENDOR_WORDS = ['Supply', 'Logistics', 'Industries', 'Components', 'Systems', 'Metals', 'Technologies', 'Fabrication', 'Controls', 'Electric', 'Materials', 'Engineering', 'Solutions', 'Machine Works', 'Plastics', 'Freight', 'Instruments', 'Software', 'Networks', 'Services'];
const FIRM_SHAPES = ['<a> & <b> LLP', '<a> <b> LLP', '<a> Partners', '<a> Advisory', '<a> & <b>', '<a>, <b> & Company', '<a> Consulting Group', '<a> Search Partners'];
const STREETS = ['Elm', 'Harbor', 'Mill', 'Quarry', 'Ridge', 'Canal', 'Foundry', 'Orchard', 'Depot', 'Beacon'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** Draws specific names and figures from the shared name lists. */
export class Entities {
  private readonly names = loadHaystackData<Names>('financial-report/names.json');

  constructor(private readonly rng: Rng) {}

  /** A supplier or vendor: "Corvane Logistics". */
  vendor(): string {
    return `${this.rng.pick(this.names.companyRoot)} ${this.rng.pick(VENDOR_WORDS)}`;
  }

  /** A law, consulting or search firm: "Okafor & Brennan LLP". */
  firm(): string {
    const shape = this.rng.pick(FIRM_SHAPES);
    return shape.replace('<a>', this.rng.pick(this.names.last)).replace('<b>', this.rng.pick(this.names.last));
  }

  /** Somebody outside the company: "Nadia Korhonen". */
  person(): string {
    return `${this.rng.pick(this.names.first)} ${this.rng.pick(this.names.last)}`;
  }

  /** A last name (case captions, references to colleagues). */
  last(): string {
    return this.rng.pick(this.names.last);
  }

  /** A competitor name in the company's industry. */
  competitor(industryWord: string): string {
    return `${this.rng.pick(this.names.companyRoot)} ${industryWord}`;
  }

  /** A US city, or a US state when `state` is set. */
  place(state = false): string {
    const [city, st] = this.rng.pick(this.names.citiesUS);
    return state ? st : city;
  }

  /** A city abroad with its country. */
  abroad(): string {
    const [city, country] = this.rng.pick(this.names.citiesWorld);
    return `${city}, ${country}`;
  }

  /** "$412.7 million" / "$1.24 billion" / "$640,000" for a value in millions. */
  money(lo: number, hi: number): string {
    return moneyText(this.rng.float(lo, hi));
  }

  /** "14.3 percent" (decimals) or "14 percent". */
  pct(lo: number, hi: number, decimals = 0): string {
    return `${this.rng.float(lo, hi).toFixed(decimals)} percent`;
  }

  /** An integer with thousands separators. */
  count(lo: number, hi: number): string {
    return this.rng.int(lo, hi).toLocaleString('en-US');
  }

  /** A weekday name. */
  weekday(): string {
    return this.rng.pick(WEEKDAYS);
  }

  /** "the Quarry Street building". */
  building(): string {
    return `the ${this.rng.pick(STREETS)} Street building`;
  }
}

/** Spoken money for a value in millions of dollars. */
export function moneyText(millions: number): string {
  if (millions >= 1000) return `$${(millions / 1000).toFixed(2)} billion`;
  if (millions >= 10) return `$${millions.toFixed(1)} million`;
  if (millions >= 1) return `$${millions.toFixed(2)} million`;
  return `$${(Math.round(millions * 1000) * 1000).toLocaleString('en-US')}`;
}
