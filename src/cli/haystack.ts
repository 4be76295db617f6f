// `needle haystack`: writes a generated document so a person can read what the model will read.

import { writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { EXIT, UsageError } from '../errors.js';
import { parseChoice, parseLength, parseSeed } from '../config/parse-values.js';
import { generateDocument, GENERATORS, isHaystackKind } from '../haystack/prepare-haystack.js';
import { competingFacts, templatesFor } from '../needles/builtin.js';
import { langsOf } from '../haystack/generators.js';
import { LANGS } from '../types.js';
import { createTokenizer, TOKENIZER_CHOICES } from '../tokenize/create-tokenizer.js';
import { tokensBefore } from '../tokenize/token-index.js';

interface HaystackFlags {
  kind: string;
  lang: string;
  tokens: string;
  seed: string;
  tokenizer: string;
  out?: string;
  asSweep?: boolean;
}

/** The haystack command. */
export function haystackCommand(setExit: (code: number) => void): Command {
  return new Command('haystack')
    .description('generate a haystack document and print it (or write it with --out)')
    .option('--kind <kind>', `generator: ${Object.keys(GENERATORS).join(', ')}`, 'financial-report')
    .option('--lang <lang>', `language of the document: ${LANGS.join(', ')}`, 'en')
    .option('--tokens <len>', 'length in tokens (8k, 200k, 1m)', '8k')
    .option('--seed <n>', 'seed', '1')
    .option('--tokenizer <name>', `tokenizer: ${TOKENIZER_CHOICES.replace(', server', '')}`, 'o200k_base')
    .option('-o, --out <file>', 'write to this file instead of standard output')
    .option('--as-sweep', 'leave out the facts the built-in needles compete with, as a sweep with built-in needles does', false)
    .action((flags: HaystackFlags) => {
      if (!isHaystackKind(flags.kind)) {
        throw new UsageError(`--kind "${flags.kind}" is not one of ${Object.keys(GENERATORS).join(', ')}`);
      }
      const lang = parseChoice(flags.lang, '--lang', LANGS);
      if (!langsOf(flags.kind).includes(lang)) {
        throw new UsageError(`--lang ${lang}: no ${flags.kind} generator in that language yet (${flags.kind} is generated in ${langsOf(flags.kind).join(', ')})`);
      }
      const tokens = parseLength(flags.tokens, '--tokens');
      const seed = parseSeed(flags.seed);
      if (flags.tokenizer === 'server') throw new UsageError('--tokenizer server counts at an endpoint: needle haystack takes a local tokenizer', { hint: `--tokenizer accepts ${TOKENIZER_CHOICES.replace(', server', '')}` });
      const { tokenizer } = createTokenizer(flags.tokenizer);
      try {
        const omit = flags.asSweep ? competingFacts(flags.kind, templatesFor(flags.kind, lang)) : undefined;
        const { document, index } = generateDocument(flags.kind, seed, tokens, tokenizer, omit, lang);
        // Cut at the last sentence or block boundary within the requested count, as a sweep cuts.
        let end = document.text.length;
        for (const p of document.points) {
          if (tokensBefore(index, p.offset) > tokens) break;
          end = p.offset;
        }
        const text = document.text.slice(0, end).trimEnd() + '\n';
        if (flags.out) {
          writeFileSync(flags.out, text);
          process.stderr.write(`wrote ${flags.out}: ${tokenizer.count(text).toLocaleString('en-US')} tokens (${flags.tokenizer}), ${[...text].length.toLocaleString('en-US')} characters, ${flags.kind}${lang === 'en' ? '' : ` (${lang})`}, seed ${seed}\n`);
        } else {
          process.stdout.write(text);
        }
      } finally {
        tokenizer.free();
      }
      setExit(EXIT.ok);
    });
}
