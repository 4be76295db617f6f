// The flags pick the model: baseline without an endpoint, an OpenAI-compatible client with one, a clear error otherwise.

import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { createModel } from '../../../src/models/registry.js';

describe('createModel', () => {
  it('uses the baseline when neither a model nor a base URL is given', () => {
    expect(createModel({}).kind).toBe('baseline');
  });

  it('uses the baseline for --model baseline', () => {
    expect(createModel({ model: 'baseline', baseUrl: null }).id).toBe('baseline');
  });

  it('uses an OpenAI-compatible client when a base URL is given', () => {
    const model = createModel({ model: 'qwen2.5-7b', baseUrl: 'http://127.0.0.1:8080/v1/' });
    expect([model.kind, model.id, model.baseUrl]).toEqual(['openai-compatible', 'qwen2.5-7b', 'http://127.0.0.1:8080/v1']);
  });

  it('asks for --model when only a base URL is given', () => {
    expect(() => createModel({ baseUrl: 'http://127.0.0.1:8080/v1' })).toThrow(UsageError);
    expect(() => createModel({ baseUrl: 'http://127.0.0.1:8080/v1' })).toThrow('--model is required with --base-url');
  });

  it('asks for --base-url when a model other than baseline is given without one', () => {
    expect(() => createModel({ model: 'gpt-4o' })).toThrow(UsageError);
    expect(() => createModel({ model: 'gpt-4o' })).toThrow('--model gpt-4o needs --base-url (or OPENAI_BASE_URL)');
  });
});
