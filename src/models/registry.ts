// Picks the Model for the resolved flags: the in-process baseline, or an OpenAI-compatible endpoint.

import { UsageError } from '../errors.js';
import { createBaselineModel } from './baseline.js';
import type { Model } from './model.js';
import { createOpenAICompatibleModel } from './openai-compatible.js';
import type { OpenAICompatibleOptions } from './openai-compatible.js';

/** What the CLI resolved from `--model`, `--base-url` (or OPENAI_BASE_URL) and the client settings. */
export interface CreateModelOptions extends Partial<Omit<OpenAICompatibleOptions, 'baseUrl' | 'model'>> {
  /** Model name; `baseline` (or nothing, without a base URL) selects the in-process baseline. */
  model?: string;
  /** Server base URL including `/v1`; null or absent for the baseline. */
  baseUrl?: string | null;
}

/** Creates the model to sweep; throws UsageError when the flags do not name one. */
export function createModel(opts: CreateModelOptions): Model {
  const { model, baseUrl, ...client } = opts;
  if (baseUrl) {
    if (!model) {
      throw new UsageError('--model is required with --base-url', {
        hint: `list models with GET ${baseUrl.replace(/\/+$/, '')}/models`,
      });
    }
    return createOpenAICompatibleModel({ ...client, baseUrl, model });
  }
  if (model === undefined || model === '' || model === 'baseline') return createBaselineModel();
  throw new UsageError(`--model ${model} needs --base-url (or OPENAI_BASE_URL)`, {
    hint: 'e.g. --base-url http://127.0.0.1:8080/v1, or --model baseline for the in-process keyword baseline',
  });
}
