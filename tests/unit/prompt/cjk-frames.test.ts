import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPlainText } from '../../../src/haystack/assemble.js';
import { indexHaystack, type PreparedHaystack } from '../../../src/haystack/index-haystack.js';
import { parsePrompt } from '../../../src/models/parse-prompt.js';
import { buildPrompt, chatOverhead } from '../../../src/prompt/build-prompt.js';
import { PROMPT_FRAMES, renderControlMessages, renderMessages } from '../../../src/prompt/template.js';
import { createTiktokenTokenizer } from '../../../src/tokenize/tiktoken-tokenizer.js';
import type { ChatMessage, Lang, Tokenizer } from '../../../src/types.js';
import { createRng } from '../../../src/util/rng.js';
import { cjkProse } from '../../support/cjk-sample.js';

const NEEDLES = {
  ja: { text: '監査等委員会は、鶴岡工場長に対する4,730万円の特別賞与を承認しました。', question: '鶴岡工場長の特別賞与はいくらですか？' },
  zh: { text: '审计委员会批准向烟台基地负责人发放473万元的留任奖金。', question: '烟台基地负责人的留任奖金是多少？' },
} as const;

let tokenizers: Tokenizer[];
const haystacks = new Map<string, PreparedHaystack>();

beforeAll(() => {
  tokenizers = [createTiktokenTokenizer('o200k_base'), createTiktokenTokenizer('cl100k_base')];
  for (const t of tokenizers) {
    for (const lang of ['ja', 'zh'] as const) {
      const text = cjkProse(lang, 5, 30_000);
      const doc = indexPlainText(text, { type: 'files', files: [], order: 'test' });
      haystacks.set(`${t.name}/${lang}`, indexHaystack('test', doc, t.index(text), lang));
    }
  }
});
afterAll(() => tokenizers.forEach((t) => t.free()));

const fullCount = (t: Tokenizer, messages: ChatMessage[]) => chatOverhead(t) + messages.reduce((n, m) => n + t.count(m.content), 0);

describe('prompt frames in the document language', () => {
  it('keeps the English frame byte for byte', () => {
    const [system, user] = renderMessages('Doc.', 'Who?  won ');
    expect(system!.content).toBe('You are a careful reader. Answer questions using only the document the user provides. If the document does not contain the answer, say that it does not.');
    expect(user!.content).toBe('Read the document below, then answer the question that follows it.\n\n<document>\nDoc.\n</document>\n\nAnswer using only the document above, in one short sentence that states the answer.\nQuestion: Who? won');
    expect(renderControlMessages('Who?')[1]!.content).toBe('Give your best guess in one short sentence.\nQuestion: Who?');
  });

  it('writes the ja and zh frames in their language, and the prompt parser finds document and question in each', () => {
    for (const lang of ['ja', 'zh'] as const) {
      const frame = PROMPT_FRAMES[lang];
      for (const text of [frame.system, frame.documentPrefix, frame.documentSuffix, frame.controlSystem, frame.controlRequest]) {
        expect(text.replace(/<\/?document>/g, '')).not.toMatch(/[A-Za-z]/);
      }
      const parsed = parsePrompt(renderMessages('本文です。', NEEDLES[lang].question, lang));
      expect(parsed).toEqual({ document: '本文です。', question: NEEDLES[lang].question });
      expect(parsePrompt(renderControlMessages(NEEDLES[lang].question, lang)).question).toBe(NEEDLES[lang].question);
    }
  });

  it('counts ja and zh prompts exactly (o200k_base and cl100k_base): the count equals a full re-encode', () => {
    for (const t of tokenizers) {
      for (const lang of ['ja', 'zh'] as const) {
        const haystack = haystacks.get(`${t.name}/${lang}`)!;
        for (const length of [2000, 6000, 15000]) {
          for (const depth of [0, 37, 100]) {
            const p = buildPrompt(haystack, t, length, [{ text: NEEDLES[lang].text, depth, role: 'needle' }], NEEDLES[lang].question, createRng(length + depth));
            expect(p.promptTokens, `${t.name} ${lang} ${length}@${depth}`).toBe(fullCount(t, p.messages));
            expect(p.promptTokens).toBeLessThanOrEqual(length);
            expect(p.promptTokens).toBeGreaterThanOrEqual(length * 0.98);
            expect(p.messages[0]!.content).toBe(PROMPT_FRAMES[lang].system);
            expect(p.messages[1]!.content.endsWith(PROMPT_FRAMES[lang].questionLabel + NEEDLES[lang].question)).toBe(true);
          }
        }
      }
    }
  });

  it('puts a CJK needle between sentences with no spaces around it', () => {
    const t = tokenizers[0]!;
    for (const lang of ['ja', 'zh'] as const) {
      const p = buildPrompt(haystacks.get(`${t.name}/${lang}`)!, t, 6000, [{ text: NEEDLES[lang].text, depth: 50, role: 'needle' }], NEEDLES[lang].question, createRng(1));
      const doc = parsePrompt(p.messages).document;
      const at = doc.indexOf(NEEDLES[lang].text);
      expect(at).toBeGreaterThan(0);
      expect(doc[at - 1]).toMatch(/[。！？\n]/);
      expect(doc[at + NEEDLES[lang].text.length]).not.toBe(' ');
    }
  });
});

describe('the control prompt', () => {
  it('asks for a best guess in the question language', () => {
    const langs: Lang[] = ['ja', 'zh'];
    for (const lang of langs) {
      const [system, user] = renderControlMessages(NEEDLES[lang as 'ja'].question, lang);
      expect(system!.content).toBe(PROMPT_FRAMES[lang].controlSystem);
      expect(user!.content).toBe(`${PROMPT_FRAMES[lang].controlRequest}\n${PROMPT_FRAMES[lang].questionLabel}${NEEDLES[lang as 'ja'].question}`);
    }
  });
});
