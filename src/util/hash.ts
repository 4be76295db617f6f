// Content hashes used for trial ids, prompt hashes and haystack fingerprints.

import { createHash } from 'node:crypto';

/** Hex SHA-256 of a string. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Stable hex id of a JSON-serializable value (first 16 hex digits of its SHA-256). */
export function hashId(value: unknown): string {
  return sha256(JSON.stringify(value)).slice(0, 16);
}
