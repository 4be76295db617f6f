// Builds a Model that forwards everything to another one except how `complete` is done (caches, rate limits).

import type { ChatRequest, ChatResult, Model } from './model.js';

/** A model identical to `model` whose requests go through `complete` (which may call the inner model). */
export function decorateModel(model: Model, complete: (req: ChatRequest) => Promise<ChatResult>): Model {
  return {
    get id() {
      return model.id;
    },
    get kind() {
      return model.kind;
    },
    get baseUrl() {
      return model.baseUrl;
    },
    get listedModels() {
      return model.listedModels;
    },
    probe: () => model.probe(),
    complete,
  };
}
