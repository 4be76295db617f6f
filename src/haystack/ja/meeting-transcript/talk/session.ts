// One meeting being transcribed: its heading and header, a running clock, and turns printed `<label> [HH:MM:SS]: <text>`.
import type { Block } from '../../../../types.js';
import type { Rng } from '../../../../util/rng.js';
import type { FactKey, MeetingPlace } from '../../../place-context.js';
import { awaitsReply } from '../../../turn-awaits.js';
import type { JaSpeaker } from '../model/world.js';

/** `HH:MM:SS` of seconds since the recording started. */
export function hms(seconds: number): string {
  const s = Math.floor(seconds);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(Math.floor(s / 3600))}:${p(Math.floor((s % 3600) / 60))}:${p(s % 60)}`;
}

/** What a session knows about its meeting, for the place context of its blocks. */
export interface JaMeetingHeader {
  index: number;
  kind: string;
  title: string;
  /** ISO date. */
  date: string;
  chair: JaSpeaker;
}

/** Seconds a Japanese utterance takes: about six characters a second. */
const CHARS_PER_SECOND = 6;

/** Collects the blocks of one meeting; the clock advances with what is said. */
export class JaSession {
  private readonly head: Block[] = [];
  private readonly body: Array<{ block: Block; at?: number }> = [];
  private clock: number;
  private readonly speakers = new Set<JaSpeaker>();
  /** Who spoke last. */
  last?: JaSpeaker;

  constructor(
    readonly header: JaMeetingHeader,
    private readonly rng: Rng,
    private readonly present: JaSpeaker[],
    /** The label printed before a speaker's turns. */
    readonly label: (s: JaSpeaker) => string,
    startSeconds = 0,
  ) {
    this.clock = startSeconds;
  }

  get section(): string {
    return this.header.title;
  }

  /** Seconds since the recording started. */
  get seconds(): number {
    return this.clock;
  }

  /** Blocks before the first turn (heading, header lines). */
  opening(kind: 'heading' | 'meta', text: string): void {
    this.head.push({ kind, text, section: this.section });
  }

  /** A turn; empty text (everything it would have said was said before) is skipped. */
  turn(speaker: JaSpeaker, text: string, facts?: FactKey[]): boolean {
    if (!text) return false;
    this.clock += this.rng.int(1, 5);
    const at = this.clock;
    const block: Block = { kind: 'turn', text: `${this.label(speaker)} [${hms(at)}]: ${text}`, time: hms(at), section: this.section };
    if (facts && facts.length > 0) block.facts = facts;
    this.body.push({ block, at });
    this.clock += Math.ceil(text.length / CHARS_PER_SECOND);
    this.last = speaker;
    this.speakers.add(speaker);
    return true;
  }

  /** True when `speaker` has had a turn in this meeting. */
  spoke(speaker: JaSpeaker): boolean {
    return this.speakers.has(speaker);
  }

  /** A note between turns: 〔拍手〕, 〔十四番 山口花子君登壇〕, （休憩）. */
  note(text: string, seconds = 0): void {
    this.body.push({ block: { kind: 'meta', text, section: this.section } });
    this.clock += seconds;
  }

  /** The meeting's blocks, each with its place (the turn's time and the one before it). */
  blocks(): Block[] {
    const participants = this.present.map((s) => ({ label: this.label(s), role: s.role }));
    const base: Omit<MeetingPlace, 'time' | 'previousTime'> = {
      kind: 'meeting-transcript',
      meetingIndex: this.header.index,
      meetingKind: this.header.kind,
      title: this.header.title,
      date: this.header.date,
      chair: this.label(this.header.chair),
      participants,
    };
    const speakers = participants.map((p) => p.label);
    const out: Block[] = this.head.map((b) => ({ ...b, context: { ...base } }));
    let previous: string | undefined;
    let asked = false;
    for (const { block, at } of this.body) {
      if (at === undefined) {
        out.push({ ...block, context: { ...base } });
        continue;
      }
      const time = hms(at);
      out.push({ ...block, speakers, context: { ...base, time, ...(previous ? { previousTime: previous } : {}), ...(asked ? { awaitsAnswer: true } : {}) } });
      previous = time;
      asked = awaitsReply(block.text);
    }
    return out;
  }
}
