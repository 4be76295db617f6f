// Chat templates rendered by @huggingface/jinja against Python's Jinja2 configured as transformers configures it,
// for the fixtures' templates and every installed preset's. Python with jinja2 is optional locally, set up in CI.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChatRenderer, templateText, tokenText } from '../../../src/tokenize/chat-template.js';
import { locatePreset, TOKENIZER_PRESETS } from '../../../src/tokenize/presets.js';
import { DOCUMENT_PREFIX, SYSTEM_PROMPT, questionSuffix } from '../../../src/prompt/template.js';
import type { ChatMessage } from '../../../src/types.js';
import { sharedHfFixtures } from '../../support/hf-fixtures.js';

const SCRIPT = join(__dirname, '../../support/render-jinja2.py');

/** A python3 that imports jinja2, or null. */
function python(): string | null {
  for (const candidate of ['python3', '/usr/bin/python3']) {
    const r = spawnSync(candidate, ['-c', 'import jinja2'], { encoding: 'utf8' });
    if (r.status === 0) return candidate;
  }
  return null;
}

const CHATS: ChatMessage[][] = [
  [
    { role: 'system', content: SYSTEM_PROMPT },
    { role: 'user', content: `${DOCUMENT_PREFIX}Net sales rose 4% — to $2.4 billion.\n\n| a | b |\n|---|---|${questionSuffix('How large was the bonus?')}` },
  ],
  [
    { role: 'system', content: '  padded system  ' },
    { role: 'user', content: '\n Zürich 日本語 😀 <s> trailing \n' },
  ],
  [{ role: 'user', content: 'Only a user message.' }],
];

/** Templates to check: name, template text, tokenizer_config.json. */
function templates(): Array<{ name: string; template: string; config: Record<string, unknown> }> {
  const out: Array<{ name: string; template: string; config: Record<string, unknown> }> = [];
  const fx = sharedHfFixtures();
  for (const folder of [fx.sentencepiece, fx.byteLevel]) {
    const config = JSON.parse(readFileSync(join(folder, 'tokenizer_config.json'), 'utf8')) as Record<string, unknown>;
    out.push({ name: folder, template: templateText(config.chat_template)!, config });
  }
  for (const preset of TOKENIZER_PRESETS) {
    const where = locatePreset(preset);
    if (!where) continue;
    const config = JSON.parse(readFileSync(where.config, 'utf8')) as Record<string, unknown>;
    out.push({ name: preset.name, template: preset.chatTemplate?.text ?? templateText(config.chat_template)!, config });
  }
  return out;
}

const py = python();
const required = process.env.CI === 'true' || process.env.CI === '1';

describe('chat templates render as Python Jinja2 (transformers) renders them', () => {
  it.skipIf(!py && !required)('matches on every template and chat, errors included', () => {
    expect(py, 'python3 with jinja2 (scripts/setup.sh --with-tokenizers installs python3-jinja2)').not.toBeNull();
    const jobs: Array<{ template: string; context: Record<string, unknown> }> = [];
    const ours: Array<{ text?: string; error?: string }> = [];
    const names: string[] = [];
    for (const t of templates()) {
      const renderer = createChatRenderer(t.template, t.config, t.name);
      const specials: Record<string, unknown> = {};
      for (const key of ['bos_token', 'eos_token', 'unk_token', 'sep_token', 'pad_token', 'cls_token', 'mask_token']) {
        const text = tokenText(t.config[key]);
        if (text !== null) specials[key] = text;
      }
      for (const messages of CHATS) {
        jobs.push({ template: t.template, context: { ...specials, messages, add_generation_prompt: true, tools: null, documents: null } });
        names.push(`${t.name} (${messages.length} messages)`);
        try {
          ours.push({ text: renderer.render(messages) });
        } catch (error) {
          ours.push({ error: (error as Error).message });
        }
      }
    }
    expect(jobs.length).toBeGreaterThanOrEqual(6);
    const r = spawnSync(py!, [SCRIPT], { input: JSON.stringify(jobs), encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const reference = JSON.parse(r.stdout) as Array<{ text?: string; error?: string }>;
    reference.forEach((ref, i) => {
      if (ref.error !== undefined) expect(ours[i]!.error, names[i]).toContain(ref.error);
      else expect(ours[i]!.text, names[i]).toBe(ref.text);
    });
  });
});
