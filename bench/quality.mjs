// Bench child: generates a haystack of N tokens and measures the realism proxy (gzip ratio, distinct sentences).

import { performance } from 'node:perf_hooks';
import { createTiktokenTokenizer } from '../dist/tokenize/tiktoken-tokenizer.js';
import { generateDocument } from '../dist/haystack/prepare-haystack.js';
import { measureText } from '../dist/haystack/quality.js';

const [tokens, kind] = [Number(process.argv[2]), process.argv[3]];
const tokenizer = createTiktokenTokenizer('o200k_base');
const t0 = performance.now();
const { document, index } = generateDocument(kind, 11, tokens, tokenizer);
const ms = Math.round(performance.now() - t0);
const cut = index.starts[Math.min(tokens, index.tokens.length)];
const m = measureText(document.text.slice(0, cut));
console.log(JSON.stringify({ kind, tokens, ms, ...m }));
tokenizer.free();
