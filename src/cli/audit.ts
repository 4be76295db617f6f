// `needle audit`: what fraction of a needle set the keyword baseline alone solves, per template.

import { Command } from 'commander';
import { EXIT, UsageError } from '../errors.js';
import { parseChoice, parseCount, parseLength, parseSeed } from '../config/parse-values.js';
import { isHaystackKind, prepareHaystack } from '../haystack/prepare-haystack.js';
import type { QuestionVariant } from '../needles/template.js';
import { AUDIT_BARS, auditNeedles } from '../run/audit.js';
import { createTokenizer } from '../tokenize/create-tokenizer.js';
import { bold, green, red, table } from './terminal.js';

interface AuditFlags {
  haystack: string;
  needleSet: string;
  length: string;
  draws: string;
  seed: string;
  tokenizer: string;
  json: boolean;
}

/** The audit command. */
export function auditCommand(setExit: (code: number) => void): Command {
  return new Command('audit')
    .description('run the keyword baseline over the built-in needles and report what keyword matching alone solves')
    .option('--haystack <kind>', 'financial-report or meeting-transcript', 'financial-report')
    .option('--needle-set <set>', 'lexical, paraphrased, or both', 'both')
    .option('--length <len>', 'prompt length of each trial', '16k')
    .option('--draws <n>', 'instances per template and variant (depths spread 0–100%)', '5')
    .option('--seed <n>', 'seed', '1')
    .option('--tokenizer <name>', 'tokenizer', 'o200k_base')
    .option('--json', 'print the result as JSON', false)
    .action(async (flags: AuditFlags) => {
      if (!isHaystackKind(flags.haystack)) throw new UsageError(`--haystack "${flags.haystack}" is not financial-report or meeting-transcript`);
      const set = parseChoice(flags.needleSet, '--needle-set', ['lexical', 'paraphrased', 'both'] as const);
      const variants: QuestionVariant[] = set === 'both' ? ['lexical', 'paraphrased'] : [set];
      const length = parseLength(flags.length, '--length');
      const seed = parseSeed(flags.seed);
      const { tokenizer } = createTokenizer(flags.tokenizer === 'server' ? 'o200k_base' : flags.tokenizer);
      try {
        const haystack = await prepareHaystack(flags.haystack, seed, length + 400, tokenizer);
        const result = await auditNeedles({ kind: flags.haystack, haystack, tokenizer, length, variants, draws: parseCount(flags.draws, '--draws', { min: 1, max: 100 }), seed });
        if (flags.json) {
          process.stdout.write(JSON.stringify({ ...result, bars: AUDIT_BARS }, null, 2) + '\n');
        } else {
          const rows = result.rows.map((r) => [r.template + (r.twoHop ? ' (two-hop)' : ''), r.variant, `${r.solved}/${r.trials}`, r.overlap.toFixed(2)]);
          process.stdout.write(table(['template', 'variant', 'solved by keywords', 'word overlap'], rows));
          for (const v of variants) {
            const rate = result.solvedRate[v] ?? 0;
            const pass = v === 'lexical' ? rate >= AUDIT_BARS.lexicalMin : rate <= AUDIT_BARS.paraphrasedMax;
            const bar = v === 'lexical' ? `≥ ${AUDIT_BARS.lexicalMin * 100}%` : `≤ ${AUDIT_BARS.paraphrasedMax * 100}%`;
            process.stdout.write(`${bold(v)}: keyword baseline solves ${(rate * 100).toFixed(1)}% (bar ${bar}) ${pass ? green('PASS') : red('FAIL')}\n`);
          }
        }
      } finally {
        tokenizer.free();
      }
      setExit(EXIT.ok);
    });
}
