// Separates a reasoning model's thinking from its answer: <think> blocks, unterminated ones, and harmony channels.

/** A response split into the answer to score and the reasoning that preceded it. */
export interface SplitResponse {
  /** What the model answered, with every reasoning block removed (trimmed). */
  answer: string;
  /** The reasoning text found in the content, joined by blank lines; null when there was none. */
  reasoning: string | null;
  /** True when a reasoning block was opened and never closed (the output ended inside it). */
  unterminated: boolean;
}

// Tag names reasoning models wrap their thinking in (DeepSeek-R1, Qwen3, QwQ: think; others: thinking, reasoning).
const TAGS = 'think|thinking|reasoning|thought';
const CLOSED = new RegExp(`<(${TAGS})>([\\s\\S]*?)</\\1>`, 'gi');
const OPEN = new RegExp(`<(?:${TAGS})>`, 'i');
const CLOSE_ONLY = new RegExp(`</(?:${TAGS})>`, 'gi');
// gpt-oss (harmony format) printed raw: `<|channel|>analysis<|message|>…<|end|>…<|channel|>final<|message|>answer`.
const HARMONY_FINAL = /<\|channel\|>\s*final\s*<\|message\|>/i;
const HARMONY_TOKEN = /<\|(?:start|end|return|message|channel|constrain|call)\|>/gi;

/**
 * Splits reasoning from the answer: closed `<think>…</think>` blocks, a `</think>` with no opening tag (the
 * template opened it in the prompt: everything before it is reasoning), an unterminated `<think>` (everything
 * after it is reasoning), and harmony-format channels. The raw response is never changed; this only reads it.
 */
export function splitReasoning(raw: string): SplitResponse {
  const reasoning: string[] = [];
  let text = raw;
  const final = HARMONY_FINAL.exec(text);
  if (final) {
    reasoning.push(text.slice(0, final.index).replace(HARMONY_TOKEN, ' ').replace(/\banalysis\b/i, '').trim());
    text = text.slice(final.index + final[0].length).replace(HARMONY_TOKEN, ' ');
  } else if (/<\|channel\|>\s*analysis/i.test(text)) {
    // Only the analysis channel: the output ended before the final answer.
    return { answer: '', reasoning: text.replace(HARMONY_TOKEN, ' ').replace(/\banalysis\b/i, '').trim() || null, unterminated: true };
  }
  text = text.replace(CLOSED, (_m, _tag: string, inner: string) => {
    reasoning.push(inner.trim());
    return ' ';
  });
  let unterminated = false;
  const open = OPEN.exec(text);
  if (open) {
    reasoning.push(text.slice(open.index + open[0].length).trim());
    text = text.slice(0, open.index);
    unterminated = true;
  }
  // A closing tag left over: the opening one was part of the prompt (DeepSeek-R1's template), so what precedes it is thinking.
  const closes = [...text.matchAll(CLOSE_ONLY)];
  if (closes.length > 0) {
    const last = closes[closes.length - 1]!;
    reasoning.push(text.slice(0, last.index).replace(CLOSE_ONLY, ' ').trim());
    text = text.slice(last.index! + last[0].length);
  }
  const kept = reasoning.filter((r) => r !== '');
  return { answer: text.trim(), reasoning: kept.length > 0 ? kept.join('\n\n') : null, unterminated };
}

/** The response with its reasoning removed: what the scorer and the judge read. */
export function stripReasoning(raw: string): string {
  return splitReasoning(raw).answer;
}
