// How the fake model reads and answers a Japanese or Chinese prompt, as a real model does: it finds the document
// between its tags and the question on the last line whatever the frame's wording, looks for the passage that shares
// the most characters with the question, and answers in the prompt's language. Written apart from needle's own
// prompt parser and keyword baseline (src/models/), so that a change there cannot make the fake agree with it.

/** The language a prompt is written in, judged from its text: kana means Japanese, hanzi without kana Chinese. */
export function promptLanguage(text: string): 'ja' | 'zh' | 'en' {
  const kana = (text.match(/[\u3041-\u30ff]/g) ?? []).length;
  const han = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  if (kana > 0 && kana * 20 >= han) return 'ja';
  if (han > 0) return 'zh';
  return 'en';
}

/** Document (between `<document>` tags, else the whole message) and question (the last non-empty line, its label dropped). */
export function readPrompt(user: string): { document: string; question: string } {
  const open = user.indexOf('<document>');
  const close = user.lastIndexOf('</document>');
  const document = open >= 0 && close > open ? user.slice(open + '<document>'.length, close).trim() : user;
  const after = close > open && open >= 0 ? user.slice(close + '</document>'.length) : user;
  const lines = after.split('\n').map((l) => l.trim()).filter(Boolean);
  const last = lines[lines.length - 1] ?? '';
  // "質問：…", "问题：…", "Question: …": a short label before a colon.
  return { document, question: last.replace(/^[^：:？?。]{1,12}[：:]\s*/, '') };
}

/** Passages of a document: its lines, a speaker's label removed, cut after 。！？. */
function passages(document: string): string[] {
  const out: string[] = [];
  for (const line of document.split('\n')) {
    const text = line.replace(/^[^\n[\]]{1,40}\[\d{2}:\d{2}:\d{2}\]:\s*/, '').trim();
    for (const piece of text.split(/(?<=[。！？][」』）]?)/)) if (piece.trim()) out.push(piece.trim());
  }
  return out;
}

/** Pairs of adjacent characters, without punctuation, spaces or hiragana-only pairs. */
function pairs(text: string): Set<string> {
  const chars = [...text.normalize('NFKC')].filter((c) => /[\p{L}\p{N}]/u.test(c));
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = chars[i]! + chars[i + 1]!;
    if (!/^[\u3041-\u309f]+$/.test(pair)) out.add(pair);
  }
  return out;
}

/** The passage sharing the largest share of the question's character pairs (none when fewer than a third are shared). */
export function bestPassage(document: string, question: string): string | null {
  const q = pairs(question);
  if (q.size === 0) return null;
  let best: string | null = null;
  let bestShare = 0;
  for (const passage of passages(document)) {
    const p = pairs(passage);
    let shared = 0;
    for (const x of q) if (p.has(x)) shared++;
    const share = shared / q.size;
    if (share > bestShare) {
      bestShare = share;
      best = passage;
    }
  }
  return bestShare >= 1 / 3 ? best : null;
}

/** What the fake says in each language: an answer, a passage it quotes, or that the document does not say. */
export const CJK_REPLIES = {
  ja: { answer: (a: string) => `${a}です。`, quote: (s: string) => `文書によると、${s}`, notFound: '文書には記載されていません。' },
  zh: { answer: (a: string) => `答案是${a}。`, quote: (s: string) => `根据文档，${s}`, notFound: '文档中没有提到这一信息。' },
} as const;

/**
 * The fake's reply to a ja/zh prompt from what it can see of it (the end only, when it overflowed and was truncated).
 * With `needles`, the answer of the first whose text it can see; else the passage that best matches the question, quoted.
 */
export function cjkReply(lang: 'ja' | 'zh', visible: string, needles?: ReadonlyArray<{ text: string; answer: string }>): string {
  const { document, question } = readPrompt(visible);
  const say = CJK_REPLIES[lang];
  if (needles) {
    const hit = needles.find((n) => document.includes(n.text));
    return hit ? say.answer(hit.answer) : say.notFound;
  }
  const passage = bestPassage(document, question);
  return passage ? say.quote(passage) : say.notFound;
}
