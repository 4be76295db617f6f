// One meeting being transcribed: a running clock, the people present, and its turn and note blocks with their place context.
import type { Block } from '../../../types.js';
import type { Rng } from '../../../util/rng.js';
import type { MeetingPlace } from '../../place-context.js';
import { dayOf, longDate } from '../model/calendar.js';
import type { Person } from '../model/organization.js';
import { idiolectOf, inVoice } from './idiolect.js';
import { spelledLead } from './words.js';

/** `HH:MM:SS` of seconds since the recording started. */
export function hms(seconds: number): string {
  const s = Math.floor(seconds);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(Math.floor(s / 3600))}:${p(Math.floor((s % 3600) / 60))}:${p(s % 60)}`;
}

// Words a joined phrase can double by accident ("is the the Go 1.21 toolchain", "—, and and, um,").
const DOUBLED = /\b(the|a|an|and|but|or|of|to|so|for|with|is|supply)(?: \1\b)+/gi;

/** Drops a word that joined phrases doubled; a deliberate false start uses a dash ("the— the"), which stays. */
export function undoubled(text: string): string {
  return text.replace(DOUBLED, (_m, w: string) => w);
}

/** What a session knows about its meeting, for the place context of its blocks. */
export interface MeetingHeader {
  index: number;
  kind: string;
  /** Heading, e.g. `Audit Committee Meeting`. */
  title: string;
  /** ISO date. */
  date: string;
  /** Whoever chairs or runs the meeting. */
  chair: Person;
}

interface Pending {
  block: Block;
  present: Person[];
  /** Seconds of a turn; undefined for notes. */
  at?: number;
}

/** Collects the blocks of one session; time advances with the words spoken. */
export class Session {
  private readonly pending: Pending[] = [];
  private clock: number;
  private present: Person[];
  private lastSpeaker?: Person;
  private readonly introduced = new Set<Person>();

  constructor(readonly header: MeetingHeader, private readonly rng: Rng, present: Person[], startSeconds = 0) {
    this.clock = startSeconds;
    this.present = present.slice();
  }

  /** Section title of every block: the heading and the date. */
  get section(): string {
    return `${this.header.title}, ${longDate(dayOf(this.header.date))}`;
  }

  /** Seconds elapsed since the recording started. */
  get seconds(): number {
    return this.clock;
  }

  /** Who spoke last. */
  get last(): Person | undefined {
    return this.lastSpeaker;
  }

  /** Changes who is present (someone joins or leaves). */
  setPresent(present: Person[]): void {
    this.present = present.slice();
  }

  /** Everyone present now. */
  get people(): Person[] {
    return this.present;
  }

  /**
   * A turn: `<label> [HH:MM:SS]: <utterance>`; the speaker's first turn in the meeting reads `<name> (<title>)`,
   * as transcripts introduce a speaker once. Empty utterances (everything in them said before) are skipped.
   */
  say(who: Person, raw: string): void {
    if (raw.trim() === '') return;
    const text = spelledLead(inVoice(undoubled(raw.trim()), idiolectOf(who), this.rng));
    if (!this.present.includes(who)) this.present = [...this.present, who];
    const time = hms(this.clock);
    const label = this.introduced.has(who) || who.title === who.label ? who.label : `${who.label} (${who.title})`;
    this.introduced.add(who);
    this.pending.push({
      block: { kind: 'turn', text: `${label} [${time}]: ${text}`, section: this.section, time, speakers: this.present.map((p) => p.label) },
      present: this.present,
      at: this.clock,
    });
    this.lastSpeaker = who;
    const words = text.split(' ').length;
    // About 150 words a minute, and a short gap before the next speaker (conversational gaps are mostly under two seconds).
    this.clock += words / this.rng.float(2.2, 2.8) + this.rng.float(0.4, 2.2);
  }

  /** A line that is not a turn: a header, an attendance list, "[Recess]". */
  meta(text: string): void {
    this.pending.push({ block: { kind: 'meta', text, section: this.section }, present: this.present });
  }

  /** Lets time pass without speech (a recess, a pause). */
  pause(seconds: number): void {
    this.clock += seconds;
  }

  /** A participant's role key here: a committee's own chair is `committee-chair` in its meetings. */
  private roleOf(p: Person): string {
    return p === this.header.chair && this.header.kind.endsWith('-committee') ? 'committee-chair' : p.role;
  }

  /**
   * The session's blocks, each with its place: the meeting, who is present, the time of the turn that starts
   * there (a note takes the time of the next turn) and of the turn before it.
   */
  blocks(): Block[] {
    const out: Block[] = [];
    let next: string | undefined;
    const times: Array<string | undefined> = new Array(this.pending.length);
    for (let i = this.pending.length - 1; i >= 0; i--) {
      const p = this.pending[i]!;
      if (p.at !== undefined) next = p.block.time;
      times[i] = next;
    }
    let previous: string | undefined;
    let asked = false;
    let lastLabel = '';
    const speakerOf = (text: string) => text.slice(0, text.indexOf(' [')).replace(/ \([^)]*\)$/, '');
    for (const [i, p] of this.pending.entries()) {
      const context: MeetingPlace = {
        kind: 'meeting-transcript',
        meetingIndex: this.header.index,
        meetingKind: this.header.kind,
        title: this.header.title,
        date: this.header.date,
        chair: this.header.chair.label,
        participants: p.present.map((x) => ({ label: x.label, role: this.roleOf(x) })),
        ...(times[i] ? { time: times[i] } : {}),
        ...(previous ? { previousTime: previous } : {}),
        ...(asked ? { awaitsAnswer: true } : {}),
        ...(p.at !== undefined && lastLabel !== '' && speakerOf(p.block.text) === lastLabel ? { continuesTurn: true } : {}),
      };
      out.push({ ...p.block, context });
      if (p.at !== undefined) {
        previous = p.block.time;
        // A question and its answer stay together: a needle turn between them would take the answer's place.
        asked = p.block.text.trimEnd().endsWith('?');
        lastLabel = speakerOf(p.block.text);
      }
    }
    return out;
  }
}
