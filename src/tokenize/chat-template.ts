// A model's chat template (Jinja, from tokenizer_config.json or a file), rendered as transformers and vLLM do.

import { Template } from '@huggingface/jinja';
import { UsageError } from '../errors.js';
import type { ChatMessage } from '../types.js';

/** Renders chats with one template. */
export interface ChatRenderer {
  /** The prompt text for these messages, with the generation prompt (what the server tokenizes). */
  render(messages: ChatMessage[]): string;
}

/** Special-token names transformers passes to every template (`**tokenizer.special_tokens_map`). */
const SPECIAL_TOKEN_KEYS = ['bos_token', 'eos_token', 'unk_token', 'sep_token', 'pad_token', 'cls_token', 'mask_token'] as const;

/** A token setting of tokenizer_config.json as text: a string, or an AddedToken object's content. */
export function tokenText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { content?: unknown }).content === 'string') return (value as { content: string }).content;
  return null;
}

/**
 * The template text of a `chat_template` setting: a string, or a list of named templates (the `default` one,
 * as transformers picks it when no tools are given). Null when there is none.
 */
export function templateText(setting: unknown): string | null {
  if (typeof setting === 'string') return setting;
  if (Array.isArray(setting)) {
    const named = setting.filter((t): t is { name: string; template: string } => typeof t?.name === 'string' && typeof t?.template === 'string');
    return (named.find((t) => t.name === 'default') ?? named[0])?.template ?? null;
  }
  return null;
}

/**
 * Compiles a template. `source` names it in errors (a file path). Variables as transformers passes them:
 * messages, add_generation_prompt, the special tokens of the config, tools and documents as none;
 * raise_exception and strftime_now come with the renderer.
 */
export function createChatRenderer(template: string, config: Record<string, unknown>, source: string): ChatRenderer {
  let compiled: Template;
  try {
    compiled = new Template(template);
  } catch (error) {
    throw new UsageError(`${source}: the chat template does not parse: ${(error as Error).message}`);
  }
  const specials: Record<string, unknown> = {};
  for (const key of SPECIAL_TOKEN_KEYS) {
    const text = tokenText(config[key]);
    if (text !== null) specials[key] = text;
  }
  const extra = config.additional_special_tokens;
  if (Array.isArray(extra)) specials.additional_special_tokens = extra.map(tokenText).filter((t): t is string => t !== null);
  return {
    render(messages) {
      try {
        return compiled.render({
          ...specials,
          messages: messages.map((m) => ({ role: m.role, content: m.content })),
          add_generation_prompt: true,
          tools: null,
          documents: null,
        });
      } catch (error) {
        throw new UsageError(`${source}: the chat template fails to render a system and a user message: ${(error as Error).message}`, {
          hint: 'pass a template that takes them with --chat-template <file>',
        });
      }
    },
  };
}
