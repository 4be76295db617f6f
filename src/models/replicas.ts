// One Model over several servers of the same model: each request goes to the replica with the fewest requests in flight.

import { EndpointError, NeedleError } from '../errors.js';
import type { ChatRequest, ChatResult, Model } from './model.js';

/** A Model spread over replicas; `inFlight` shows the current load of each, in the order given. */
export interface ReplicaModel extends Model {
  readonly replicas: readonly Model[];
  inFlight(): number[];
}

/**
 * Combines replicas of one model into one Model. Requests go to the least busy replica (ties taken in turn);
 * `probe` checks every replica and names the first that fails. The id and kind are the first replica's.
 */
export function createReplicaModel(models: Model[]): ReplicaModel {
  if (models.length === 0) throw new Error('createReplicaModel: at least one model is needed');
  const replicas = models.slice();
  const busy = replicas.map(() => 0);
  let next = 0;
  const first = replicas[0]!;
  const urls = replicas.map((m) => m.baseUrl).filter((u): u is string => u !== null);

  /** The least busy replica, scanning from the round-robin cursor so ties rotate. */
  const pick = (): number => {
    let best = -1;
    for (let k = 0; k < replicas.length; k++) {
      const i = (next + k) % replicas.length;
      if (best < 0 || busy[i]! < busy[best]!) best = i;
    }
    next = (best + 1) % replicas.length;
    return best;
  };

  return {
    id: first.id,
    kind: first.kind,
    baseUrl: urls.length > 0 ? urls.join(', ') : null,
    replicas,
    get listedModels() {
      return first.listedModels ?? null;
    },
    inFlight: () => busy.slice(),

    async complete(req: ChatRequest): Promise<ChatResult> {
      const i = pick();
      busy[i]!++;
      try {
        return await replicas[i]!.complete(req);
      } finally {
        busy[i]!--;
      }
    },

    async probe(): Promise<void> {
      const results = await Promise.allSettled(replicas.map((m) => m.probe()));
      results.forEach((r, i) => {
        if (r.status === 'fulfilled') return;
        const where = replicas[i]!.baseUrl ?? `replica ${i + 1}`;
        const error = r.reason;
        if (error instanceof EndpointError) {
          throw new EndpointError(`replica ${where}: ${error.message}`, {
            hint: error.hint,
            status: error.status,
            requestId: error.requestId,
            url: error.url ?? where,
            cause: error,
          });
        }
        if (error instanceof NeedleError) throw error;
        throw new EndpointError(`replica ${where}: ${error instanceof Error ? error.message : String(error)}`, { url: where, cause: error });
      });
    },
  };
}
