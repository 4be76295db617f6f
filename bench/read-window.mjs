// Prints a window of a generated 200K-token annual report as a sweep with built-in needles generates it (the facts
// the needles compete with left out), for reading it the way the editor did.
// Usage: node bench/read-window.mjs <seed> <fraction 0..1> [tokens=3000] [kind=financial-report]
import { generateDocument } from '../dist/haystack/prepare-haystack.js';
import { createTiktokenTokenizer } from '../dist/tokenize/tiktoken-tokenizer.js';
import { competingFacts } from '../dist/needles/builtin.js';

const [seed, at, len = 3000] = process.argv.slice(2, 5).map(Number);
const kind = process.argv[5] ?? 'financial-report';
const tokenizer = createTiktokenTokenizer('o200k_base');
const { document, index } = generateDocument(kind, seed, 200_000, tokenizer, competingFacts(kind));
const start = Math.floor(200_000 * at);
process.stdout.write(`${document.text.slice(index.starts[start], index.starts[start + len])}\n`);
tokenizer.free();
