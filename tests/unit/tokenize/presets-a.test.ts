// Presets with byte-level BPE vocabularies, against the Rust reference.

import { describePreset } from '../../support/preset-checks.js';

for (const name of ['llama3', 'qwen3', 'deepseek-v3']) describePreset(name);
