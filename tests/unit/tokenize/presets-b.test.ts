// Presets with SentencePiece vocabularies (byte fallback, leading "▁"), against the Rust reference.

import { describePreset } from '../../support/preset-checks.js';

for (const name of ['gemma3', 'llama2']) describePreset(name);
