// One meeting being transcribed: a running clock, the people present, and turn/meta blocks in order.
import type { Block } from '../../types.js';
import type { Rng } from '../../util/rng.js';
import type { Speaker } from './organization.js';

function hms(seconds: number): string {
  const s = Math.floor(seconds);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(Math.floor(s / 3600))}:${p(Math.floor((s % 3600) / 60))}:${p(s % 60)}`;
}

// Words a joined phrase can double by accident ("is the the Go 1.21 toolchain", "Harrowgate Supply supply disruption", "—, and and, um,").
const DOUBLED = /\b(the|a|an|and|but|or|of|to|so|for|with|is|supply)(?: \1\b)+/gi;

/** Drops a word that joined phrases doubled; a deliberate false start uses a dash ("the— the"), which stays. */
export function undoubled(text: string): string {
  return text.replace(DOUBLED, (_m, w: string) => w);
}

/** Collects the blocks of one session; time advances with the words spoken. */
export class Session {
  readonly blocks: Block[] = [];
  private clock: number;
  private speakers: string[];

  constructor(readonly title: string, private readonly rng: Rng, present: Speaker[], startSeconds = 0) {
    this.clock = startSeconds;
    this.speakers = present.map((p) => p.label);
  }

  /** Seconds elapsed since the recording started. */
  get seconds(): number {
    return this.clock;
  }

  /** Changes who is present (someone joins or leaves). */
  setPresent(present: Speaker[]): void {
    this.speakers = present.map((p) => p.label);
  }

  /** A turn: `<label> [HH:MM:SS]: <utterance>`. */
  say(who: Speaker, raw: string): void {
    // Utterances whose every sentence would repeat an earlier one come back empty: skip them.
    if (raw.trim() === '') return;
    const text = undoubled(raw);
    const time = hms(this.clock);
    this.blocks.push({ kind: 'turn', text: `${who.label} [${time}]: ${text}`, section: this.title, time, speakers: this.speakers.slice() });
    const words = text.split(' ').length;
    this.clock += words / this.rng.float(2.2, 2.8) + this.rng.float(0.5, 3);
  }

  /** A non-turn line such as a header, attendance list or "[Recess]". */
  meta(text: string): void {
    this.blocks.push({ kind: 'meta', text, section: this.title });
  }

  /** Lets time pass without speech (a recess, a pause). */
  pause(seconds: number): void {
    this.clock += seconds;
  }
}
