// `needle audit`: checks the built-in needles against the documents they go into (collisions, rivals, contradictions, fit) and what keyword matching alone solves.

import { Command } from 'commander';
import { EXIT, UsageError } from '../errors.js';
import { parseChoice, parseCount, parseLength, parseSeed } from '../config/parse-values.js';
import { GENERATORS, isHaystackKind } from '../haystack/prepare-haystack.js';
import { langsOf } from '../haystack/generators.js';
import type { QuestionVariant } from '../needles/template.js';
import { AUDIT_BARS, auditNeedles, type AuditResult } from '../run/audit.js';
import { createTokenizer } from '../tokenize/create-tokenizer.js';
import { LANGS, type HaystackKind, type Lang } from '../types.js';
import { bold, green, red, table } from './terminal.js';

interface AuditFlags {
  haystack: string;
  lang: string;
  needleSet: string;
  lengths: string;
  length?: string;
  baselineLength?: string;
  seeds: string;
  seed?: string;
  draws: string;
  tokenizer: string;
  json: boolean;
}

/** Seeds from a count (`20` → 1..20) or a list (`3,7,11`). */
function parseSeeds(value: string): number[] {
  if (value.includes(',')) return value.split(',').map((v) => parseSeed(v.trim()));
  const n = parseCount(value, '--seeds', { min: 1, max: 1000 });
  return Array.from({ length: n }, (_, i) => i + 1);
}

/** True when a kind's audit meets every bar. */
export function auditPasses(r: AuditResult): boolean {
  const lex = r.solvedRate.lexical;
  const para = r.solvedRate.paraphrased;
  return r.totals.collisions === 0 && r.totals.competing === 0 && r.totals.contradictions === 0 && r.unknownFacts.length === 0
    && (lex === undefined || lex >= AUDIT_BARS.lexicalMin) && (para === undefined || para <= AUDIT_BARS.paraphrasedMax);
}

/** The audit command. */
export function auditCommand(setExit: (code: number) => void): Command {
  return new Command('audit')
    .description('check the built-in needles against generated documents: value collisions, rival statements, contradictions, section fit, and what keyword matching alone solves')
    .option('--haystack <kind>', `financial-report, meeting-transcript, or all`, 'all')
    .option('--lang <lang>', `language of the documents and needles: ${LANGS.join(', ')}, or all (every language a kind is generated in)`, 'en')
    .option('--needle-set <set>', 'keyword baseline on lexical, paraphrased, or both', 'both')
    .option('--lengths <list>', 'prompt lengths the needles are placed at (the longest is generated per seed)', '16k,200k')
    .option('--length <len>', 'shorthand for a single --lengths value')
    .option('--baseline-length <len>', 'prompt length of the keyword-baseline trials (default: the shortest of --lengths)')
    .option('--seeds <n|list>', 'how many seeds (1..n) or a list of seeds', '3')
    .option('--seed <n>', 'audit a single seed')
    .option('--draws <n>', 'draws per template, seed and length', '2')
    .option('--tokenizer <name>', 'tokenizer', 'o200k_base')
    .option('--json', 'print the result as JSON', false)
    .action(async (flags: AuditFlags) => {
      const kinds: HaystackKind[] = flags.haystack === 'all' ? (Object.keys(GENERATORS) as HaystackKind[]) : [flags.haystack as HaystackKind];
      for (const k of kinds) if (!isHaystackKind(k)) throw new UsageError(`--haystack "${flags.haystack}" is not financial-report, meeting-transcript or all`);
      const audits = auditTargets(kinds, flags.lang, flags.haystack === 'all');
      const set = parseChoice(flags.needleSet, '--needle-set', ['lexical', 'paraphrased', 'both'] as const);
      const variants: QuestionVariant[] = set === 'both' ? ['lexical', 'paraphrased'] : [set];
      const lengths = (flags.length ?? flags.lengths).split(',').map((l) => parseLength(l.trim(), '--lengths'));
      const seeds = flags.seed !== undefined ? [parseSeed(flags.seed)] : parseSeeds(flags.seeds);
      const draws = parseCount(flags.draws, '--draws', { min: 1, max: 100 });
      const baselineLength = flags.baselineLength ? parseLength(flags.baselineLength, '--baseline-length') : undefined;
      const { tokenizer } = createTokenizer(flags.tokenizer === 'server' ? 'o200k_base' : flags.tokenizer);
      const results: AuditResult[] = [];
      try {
        for (const { kind, lang } of audits) {
          const progress = flags.json ? undefined : (m: string) => process.stderr.write(`${m}\n`);
          results.push(await auditNeedles({ kind, lang, tokenizer, seeds, lengths, draws, baselineLength, variants, onProgress: progress }));
        }
      } finally {
        tokenizer.free();
      }
      const pass = results.every(auditPasses);
      if (flags.json) {
        process.stdout.write(JSON.stringify({ format: 'needle.audit/1', bars: AUDIT_BARS, pass, kinds: results }, null, 2) + '\n');
      } else {
        for (const r of results) printAudit(r, variants);
      }
      setExit(pass ? EXIT.ok : EXIT.thresholdNotMet);
    });
}

/**
 * The (kind, language) pairs to audit: `--lang all` takes every language a kind is generated in; one language takes
 * the kinds generated in it (all of them must be, unless `--haystack all` asked for whatever exists).
 */
export function auditTargets(kinds: readonly HaystackKind[], langFlag: string, anyKind: boolean): Array<{ kind: HaystackKind; lang: Lang }> {
  if (langFlag !== 'all' && !(LANGS as readonly string[]).includes(langFlag)) throw new UsageError(`--lang "${langFlag}" is not one of ${LANGS.join(', ')}, all`);
  const out: Array<{ kind: HaystackKind; lang: Lang }> = [];
  for (const kind of kinds) {
    const have = langsOf(kind);
    if (langFlag === 'all') out.push(...have.map((lang) => ({ kind, lang })));
    else if (have.includes(langFlag as Lang)) out.push({ kind, lang: langFlag as Lang });
    else if (!anyKind) throw new UsageError(`--lang ${langFlag}: no ${kind} generator in that language yet (${kind} is generated in ${have.join(', ')})`);
  }
  if (out.length === 0) throw new UsageError(`--lang ${langFlag}: no haystack kind is generated in that language yet`);
  return out;
}

function printAudit(r: AuditResult, variants: QuestionVariant[]): void {
  const out = process.stdout;
  out.write(`\n${bold(r.kind)}${r.lang && r.lang !== 'en' ? ` (${r.lang})` : ''} · seeds ${r.seeds.join(', ')} · lengths ${r.lengths.map((l) => l.toLocaleString('en-US')).join(', ')} · keyword baseline at ${r.baselineLength.toLocaleString('en-US')}\n`);
  out.write(`facts left out of the haystack: ${r.omitted.length ? r.omitted.join(', ') : 'none'}\n`);
  const rows = r.rows.map((row) => [
    row.template + (row.twoHop ? ' (two-hop)' : ''), String(row.trials), String(row.redraws), String(row.collisions), String(row.competing), String(row.contradictions),
    `${Math.round((row.fits / Math.max(1, row.trials)) * 100)}%`, `${row.depthError.mean.toFixed(1)} / ${row.depthError.max.toFixed(1)}`,
    ...variants.map((v) => `${row.keyword[v]?.solved ?? 0}/${row.keyword[v]?.trials ?? 0}`),
  ]);
  out.write(table(['template', 'placed', 'redraws', 'collisions', 'competing', 'contradictions', 'fit', 'depth error (mean/max)', ...variants.map((v) => `${v} solved`)], rows));
  const t = r.totals;
  const mark = (ok: boolean) => (ok ? green('PASS') : red('FAIL'));
  out.write(`collisions ${t.collisions}, competing statements ${t.competing}, contradictions ${t.contradictions} over ${t.trials} placed needles ${mark(t.collisions + t.competing + t.contradictions === 0)}\n`);
  const byLength = Object.entries(r.fitByLength).map(([l, f]) => `${Number(l).toLocaleString('en-US')}: ${(f * 100).toFixed(0)}%`).join(', ');
  out.write(`section fit ${((t.fits / Math.max(1, t.trials)) * 100).toFixed(1)}% (by length ${byLength}); value redraws: ${t.redraws}\n`);
  if (r.unknownFacts.length) out.write(`${red('FAIL')} templates compete with facts the generator does not know: ${r.unknownFacts.join(', ')}\n`);
  for (const v of variants) {
    const rate = r.solvedRate[v] ?? 0;
    const ok = v === 'lexical' ? rate >= AUDIT_BARS.lexicalMin : rate <= AUDIT_BARS.paraphrasedMax;
    const bar = v === 'lexical' ? `≥ ${AUDIT_BARS.lexicalMin * 100}%` : `≤ ${AUDIT_BARS.paraphrasedMax * 100}%`;
    out.write(`${bold(v)}${r.lang && r.lang !== 'en' ? ` (${r.lang})` : ''}: keyword baseline solves ${(rate * 100).toFixed(1)}% (bar ${bar}) ${mark(ok)}\n`);
  }
  const evidence = r.rows.flatMap((row) => row.evidence.filter((e) => !e.startsWith('best match')).map((e) => `${row.template}: ${e}`));
  if (evidence.length) out.write(`findings:\n${evidence.slice(0, 30).map((e) => `  - ${e}`).join('\n')}\n`);
}
