// Sweep progress: a bar with ETA on a terminal, plain periodic lines elsewhere (CI logs).

import cliProgress from 'cli-progress';
import type { TrialRecord } from '../types.js';
import { formatDuration } from './terminal.js';

/** Receives each finished trial and keeps the user informed. */
export interface ProgressReporter {
  start(total: number): void;
  trial(record: TrialRecord, done: number): void;
  stop(): void;
}

/** Running tallies shown with the progress. */
class Tally {
  ok = 0;
  overflow = 0;
  error = 0;
  incomplete = 0;
  score = 0;
  add(r: TrialRecord) {
    if (r.status === 'ok') {
      this.ok++;
      this.score += r.score ?? 0;
    } else if (r.status === 'overflow') this.overflow++;
    else if (r.status === 'incomplete') this.incomplete++;
    else this.error++;
  }
  /** ` · incomplete N` once some trial was cut off, else nothing. */
  incompleteText(): string {
    return this.incomplete > 0 ? ` · incomplete ${this.incomplete}` : '';
  }
  recall(): string {
    return this.ok > 0 ? (this.score / this.ok).toFixed(2) : '—';
  }
}

/** A reporter for the given stream: bar on a TTY, lines otherwise, nothing when quiet. */
export function createProgress(stream: NodeJS.WriteStream, quiet: boolean): ProgressReporter {
  if (quiet) return { start() {}, trial() {}, stop() {} };
  return stream.isTTY ? barProgress(stream) : lineProgress(stream);
}

function barProgress(stream: NodeJS.WriteStream): ProgressReporter {
  const tally = new Tally();
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: '{bar} {percentage}% | {value}/{total} trials | ETA {eta_formatted} | recall {recall} | ok {ok} · overflow {overflow} · error {error}{incomplete}',
      hideCursor: true,
      etaBuffer: 20,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (total) => bar.start(total, 0, { recall: '—', ok: 0, overflow: 0, error: 0, incomplete: '' }),
    trial(record, done) {
      tally.add(record);
      bar.update(done, { recall: tally.recall(), ok: tally.ok, overflow: tally.overflow, error: tally.error, incomplete: tally.incompleteText() });
    },
    stop: () => bar.stop(),
  };
}

function lineProgress(stream: NodeJS.WriteStream): ProgressReporter {
  const tally = new Tally();
  let total = 0;
  let started = 0;
  let lastAt = 0;
  let lastPct = -1;
  return {
    start(t) {
      total = t;
      started = Date.now();
      lastAt = started;
    },
    trial(record, done) {
      tally.add(record);
      const now = Date.now();
      const pct = Math.floor((done / Math.max(1, total)) * 10) * 10;
      // A line every 10% or every 30 s, and at the end.
      if (done !== total && pct === lastPct && now - lastAt < 30_000) return;
      lastPct = pct;
      lastAt = now;
      const elapsed = now - started;
      const eta = done > 0 ? (elapsed / done) * (total - done) : 0;
      stream.write(
        `[${String(done).padStart(String(total).length)}/${total}] ${Math.round((done / Math.max(1, total)) * 100)}% · ` +
          `recall ${tally.recall()} · ok ${tally.ok} · overflow ${tally.overflow} · error ${tally.error}${tally.incompleteText()} · ` +
          `elapsed ${formatDuration(elapsed)} · ETA ${formatDuration(eta)}\n`,
      );
    },
    stop() {},
  };
}
