// The fake model reads Japanese and Chinese prompts as a real model would and answers in their language.

import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAICompatibleModel } from '../../../src/models/openai-compatible.js';
import { renderMessages } from '../../../src/prompt/template.js';
import { cjkProse } from '../cjk-sample.js';
import { startFakeServer, type FakeServer } from '../fake-openai-server.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const CASES = {
  ja: { needle: '監査等委員会は、鶴岡工場長に対する4,730万円の特別賞与を承認しました。', answer: '4,730万円', question: '鶴岡工場長に対する特別賞与はいくらですか？' },
  zh: { needle: '审计委员会批准向烟台基地负责人发放473万元的留任奖金。', answer: '473万元', question: '烟台基地负责人的留任奖金是多少？' },
} as const;

function document(lang: 'ja' | 'zh', at: 'start' | 'middle' | 'none'): string {
  const paragraphs = cjkProse(lang, 9, 12_000).split('\n\n');
  if (at !== 'none') paragraphs.splice(at === 'start' ? 0 : Math.floor(paragraphs.length / 2), 0, CASES[lang].needle);
  return paragraphs.join('\n\n');
}

describe('the fake server on Japanese and Chinese prompts', () => {
  it('finds the passage that answers and quotes it in the prompt language', async () => {
    server = await startFakeServer();
    const model = createOpenAICompatibleModel({ baseUrl: server.url, model: 'fake-model' });
    const ja = await model.complete({ messages: renderMessages(document('ja', 'middle'), CASES.ja.question, 'ja') });
    expect(ja.text).toBe(`文書によると、${CASES.ja.needle}`);
    const zh = await model.complete({ messages: renderMessages(document('zh', 'middle'), CASES.zh.question, 'zh') });
    expect(zh.text).toBe(`根据文档，${CASES.zh.needle}`);
  });

  it('answers with the needle it can see, and says the document does not say when none is there', async () => {
    const needles = (['ja', 'zh'] as const).map((l) => ({ text: CASES[l].needle, answer: CASES[l].answer }));
    server = await startFakeServer({ needles });
    const model = createOpenAICompatibleModel({ baseUrl: server.url, model: 'fake-model' });
    expect((await model.complete({ messages: renderMessages(document('ja', 'middle'), CASES.ja.question, 'ja') })).text).toBe('4,730万円です。');
    expect((await model.complete({ messages: renderMessages(document('zh', 'middle'), CASES.zh.question, 'zh') })).text).toBe('答案是473万元。');
    expect((await model.complete({ messages: renderMessages(document('ja', 'none'), CASES.ja.question, 'ja') })).text).toBe('文書には記載されていません。');
    expect((await model.complete({ messages: renderMessages(document('zh', 'none'), CASES.zh.question, 'zh') })).text).toBe('文档中没有提到这一信息。');
  });

  it('loses a needle at the start of a prompt it truncated (Ollama-style), in the prompt language', async () => {
    server = await startFakeServer({ needles: [{ text: CASES.ja.needle, answer: CASES.ja.answer }], contextTokens: 1000, overflowStyle: 'truncate' });
    const model = createOpenAICompatibleModel({ baseUrl: server.url, model: 'fake-model' });
    expect((await model.complete({ messages: renderMessages(document('ja', 'start'), CASES.ja.question, 'ja') })).text).toBe('文書には記載されていません。');
  });

  it('answers an English prompt about a Japanese document in English, as before', async () => {
    server = await startFakeServer({ needles: [{ text: CASES.ja.needle, answer: CASES.ja.answer }] });
    const model = createOpenAICompatibleModel({ baseUrl: server.url, model: 'fake-model' });
    expect((await model.complete({ messages: renderMessages(document('ja', 'middle'), 'How large was the bonus?') })).text).toBe('The answer is 4,730万円.');
  });
});
