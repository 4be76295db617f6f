// The 周例会's whole-sentence substance (weekly-details.json, weekly-discussions.json) and how it is dealt: decks that
// serve the whole series, sentences said once a series, topics in (topic, variant) pairs, details fit to a team.
import { loadHaystackData, type Vars } from '../../../data.js';
import type { ZH_MEETING_FACTS } from '../model/facts.js';
import type { Talk } from '../talk/talk.js';

/** A team topic: how it is raised, a question about it with its answer, and what is decided. */
export interface WeeklyTopic {
  /** What the recap calls it (发布清单和验证安排). */
  name: string;
  /** What the recap calls each variant, where the variants are different matters (演示环境 vs 登录掉线). */
  names?: string[];
  /** The fact the topic states (a release's timing, a plant's start, a supplier chosen), if any: left out with it. */
  fact?: keyof typeof ZH_MEETING_FACTS;
  /** Raised by the manager only (who works on what is the manager's to settle, not an engineer's). */
  lead?: boolean;
  open: string[];
  ask: string[];
  answer: string[];
  decide: string[];
}

/** A sentence any team may say, or one that only the teams whose systems it is about say (`teams`: team keys). */
export type Detail = string | { text: string; teams: string[] };

/** Whole sentences of weekly-meeting substance: technical details of a ticket, support work, team topics. */
export interface WeeklyDetails {
  details: Detail[];
  support: Detail[];
  topics: WeeklyTopic[];
  /** A question someone asks about a report, the reporter's answer, and (a regex) what the report must mention for the question to fit. */
  exchanges: [string, string, string?][];
  /** Whole sentences the tester adds after the week's figures. */
  qa: string[];
  /** Whole-sentence reports of the product manager. */
  product: string[];
  /**
   * Whole-sentence alternatives to the phrase lists of weekly.json (wk_progress, wk_risk…): long fixed sentences that a
   * series says once each (a sentence heard in every other meeting reads as a template), then the slotted phrases carry on.
   */
  once: Record<string, string[]>;
}

/** The files of weekly-meeting substance, merged list by list. */
const DETAIL_FILES = ['weekly-details', 'weekly-discussions'];

let details: WeeklyDetails | undefined;
export function weeklyDetails(): WeeklyDetails {
  if (details) return details;
  const all: WeeklyDetails = { details: [], support: [], topics: [], exchanges: [], qa: [], product: [], once: {} };
  for (const f of DETAIL_FILES) {
    const part = loadHaystackData<Partial<WeeklyDetails>>(`zh/meeting-transcript/${f}.json`);
    for (const k of ['details', 'support', 'topics', 'exchanges', 'qa', 'product'] as const) (all[k] as unknown[]).push(...((part[k] ?? []) as unknown[]));
    for (const [k, v] of Object.entries(part.once ?? {})) (all.once[k] ??= []).push(...v);
  }
  return (details = all);
}

/**
 * A sentence of list `name` not yet said in the series (each entry of a `once` list is said at most once), else ''.
 * `list`: its sentences (weekly-discussions.json's `once[name]` by default, or its qa/product lists).
 */
export function once(t: Talk, name: string, vars: Vars, list: readonly string[] = weeklyDetails().once[name] ?? []): string {
  const decks = (t.series.decks ??= new Map());
  const key = `once:${name}`;
  let deck = decks.get(key);
  if (!deck) decks.set(key, (deck = t.rng.shuffle([...list.keys()])));
  while (deck.length) {
    const said = t.line(list[deck.pop()!]!, vars);
    if (said) return said;
  }
  return '';
}

/** A line of a weekly.json phrase list, or (with probability `p`) one of its whole-sentence alternatives said once a series. */
export function phrase(t: Talk, name: string, vars: Vars, p = 0.5): string {
  return (t.rng.chance(p) && once(t, name, vars)) || t.line(`@${name}`, vars);
}

let variants: { topic: WeeklyTopic; k: number }[] | undefined;
/** Every (topic, variant) pair of the topic data. */
export function topicVariants(topics: readonly WeeklyTopic[]): { topic: WeeklyTopic; k: number }[] {
  return (variants ??= topics.flatMap((topic) => Array.from({ length: Math.min(topic.open.length, topic.ask.length, topic.answer.length, topic.decide.length) }, (_, k) => ({ topic, k }))));
}

/** Whether entry `i` of a list is one a team may say: a general one or one about the team's own systems. */
export function fits(list: 'details' | 'support', team: string): (i: number) => boolean {
  const all = weeklyDetails()[list];
  return (i) => {
    const d = all[i]!;
    return typeof d === 'string' || d.teams.includes(team);
  };
}

/** The text of an entry. */
export function textOf(d: Detail): string {
  return typeof d === 'string' ? d : d.text;
}
