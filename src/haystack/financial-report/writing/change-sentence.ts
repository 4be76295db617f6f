// Sentences that explain a change between two years (MD&A and the tax note), with figures computed from the printed amounts.
import { amount, changeTenthsPct, money, pct } from './format.js';
import type { Tenths, YearLedger } from '../year-ledger.js';
import type { Rng } from '../../../util/rng.js';

/** A driver of a change, in tenths of a percent of the prior-year amount. */
export interface Driver {
  up: string;
  down: string;
  tenths: number;
}

function verb(rng: Rng, up: boolean): string {
  return up ? rng.pick(['increased', 'rose', 'grew']) : rng.pick(['decreased', 'declined', 'fell']);
}

/** "the acquisition of X, which added 4.2%" style list of driver clauses. */
function clauses(drivers: Driver[], positive: boolean): string {
  const items = drivers.filter((d) => (positive ? d.tenths > 0 : d.tenths < 0)).map((d) => `${positive ? d.up : d.down} of ${pct(d.tenths)}`);
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * "Net sales increased $Δ million, or p%, to $cur million in fiscal Y from $prev million, primarily due to A, partially offset by B."
 * With no drivers the reason is omitted; `reason` adds a free-form cause instead.
 */
export function changeSentence(rng: Rng, label: string, cur: Tenths, prev: Tenths, year: number, drivers: Driver[] = [], reason = ''): string {
  const up = cur >= prev;
  const p = changeTenthsPct(cur, prev);
  let why = '';
  const main = clauses(drivers, up);
  const offset = clauses(drivers, !up);
  if (main) why = `, ${rng.pick(['primarily due to', 'reflecting', 'driven by', 'mainly as a result of'])} ${main}`;
  if (main && offset) why += `, partially offset by ${offset}`;
  if (!main && reason) why = `, ${reason}`;
  if (cur === prev) return `${label} was unchanged at ${money(cur)} in fiscal ${year}.`;
  return `${label} ${verb(rng, up)} ${money(cur - prev)}, or ${pct(p)}, to ${money(cur)} in fiscal ${year} from ${money(prev)}${rng.chance(0.4) ? ` in fiscal ${year - 1}` : ''}${why}.`;
}

/** A second phrasing: "X was $cur million in fiscal Y, an increase of $Δ million, or p%, compared with $prev million in fiscal Y-1." */
export function levelSentence(rng: Rng, label: string, cur: Tenths, prev: Tenths, year: number, tail = ''): string {
  const up = cur >= prev;
  const p = changeTenthsPct(cur, prev);
  const kind = up ? rng.pick(['an increase', 'up']) : rng.pick(['a decrease', 'down']);
  const mid = kind === 'up' || kind === 'down' ? `${kind} ${money(cur - prev)}, or ${pct(p)},` : `${kind} of ${money(cur - prev)}, or ${pct(p)},`;
  return `${label} ${rng.pick(['was', 'totaled', 'amounted to'])} ${money(cur)} in fiscal ${year}, ${mid} ${rng.pick(['compared with', 'from', 'versus'])} ${money(prev)} in fiscal ${year - 1}${tail}.`;
}

/** Margin in tenths of a percent. */
export function marginTenths(part: Tenths, whole: Tenths): number {
  return Math.round((part / whole) * 1000);
}

/** "34.2% of net sales" comparison sentence for a margin. */
export function marginSentence(rng: Rng, label: string, curPart: Tenths, curWhole: Tenths, prevPart: Tenths, prevWhole: Tenths, year: number, because: string): string {
  const a = marginTenths(curPart, curWhole);
  const b = marginTenths(prevPart, prevWhole);
  const diff = Math.abs(a - b) * 10;
  const dir = a > b ? rng.pick(['expanded', 'improved', 'increased']) : a < b ? rng.pick(['contracted', 'declined', 'narrowed']) : 'was flat';
  const bps = a === b ? '' : ` ${diff} basis points`;
  return `${label} ${dir}${bps} to ${pct(a)} in fiscal ${year} from ${pct(b)}${because ? `, ${because}` : ''}.`;
}

/** Formats an amount with its sign word, for tables of changes. */
export function signedAmount(t: Tenths): string {
  return t < 0 ? `(${amount(-t)})` : amount(t);
}

/** Effective-tax-rate change between two years, explained by the reconciliation lines that moved most (figures as in the rate table). */
export function taxRateChange(cur: YearLedger, prev: YearLedger): string {
  const keys = [['state', 'state income taxes'], ['foreign', 'the foreign rate differential'], ['credits', 'tax credits'], ['other', 'other items']] as const;
  const eff = (l: YearLedger) => l.taxRec.statutory + l.taxRec.state + l.taxRec.foreign + l.taxRec.credits + l.taxRec.other;
  const a = eff(cur);
  const b = eff(prev);
  const moves = keys.map(([k, label]) => ({ label, d: cur.taxRec[k] - prev.taxRec[k], from: prev.taxRec[k], to: cur.taxRec[k] })).sort((x, z) => Math.abs(z.d) - Math.abs(x.d));
  const pts = (t: number) => `${(Math.abs(t) / 10).toFixed(1)} point${Math.abs(t) === 10 ? '' : 's'}`;
  const part = (t: number) => (t >= 0 ? `added ${pts(t)}` : `lowered the rate by ${pts(t)}`);
  const was = (x: (typeof moves)[number]) =>
    x.from === 0 ? 'no effect' : x.from >= 0 === x.to >= 0 ? pts(x.from) : part(x.from).replace('lowered the rate by', 'a reduction of').replace('added', 'an addition of');
  const desc = (x: (typeof moves)[number]) => `${x.label} ${x.to === 0 ? 'had no effect' : part(x.to)}{, compared with|, against} ${was(x)} in fiscal ${prev.year}`;
  const dir = a > b ? `{rose|increased} to ${pct(a)} from ${pct(b)}` : a < b ? `{fell|declined|decreased} to ${pct(a)} from ${pct(b)}` : `was unchanged at ${pct(a)}`;
  // The reason given is the largest line that moved the same way as the rate; a flat rate has no reason, only the two largest moves.
  const driver = moves.find((m) => Math.sign(m.d) === Math.sign(a - b) && m.d !== 0);
  if (!driver) return `The effective tax rate ${dir} in fiscal ${cur.year}; ${desc(moves[0]!)}, while ${desc(moves[1]!)}.`;
  const other = moves.find((m) => m !== driver)!;
  const reason = `${desc(driver)}, while ${desc(other)}`;
  // Consecutive years' sentences stand next to each other: each year takes another frame, so they never read alike.
  const frames = [
    `The effective tax rate ${dir} in fiscal ${cur.year}{, mainly because|, chiefly because} ${reason}.`,
    `In fiscal ${cur.year}, our effective tax rate ${dir}, {largely|primarily} because ${reason}.`,
    `Our effective tax rate ${dir} in fiscal ${cur.year}: ${reason}.`,
  ];
  return frames[cur.year % frames.length]!;
}
