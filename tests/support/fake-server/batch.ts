// The OpenAI Batch API on the fake: upload a JSONL file, create a batch, poll it, download output and error files.

import type { ServerResponse } from 'node:http';
import type { FakeModel } from './chat.js';
import { completionBody } from './chat.js';
import { send } from './http-utils.js';
import type { FakeServerOptions, RecordedRequest } from './types.js';

interface StoredBatch {
  id: string;
  input_file_id: string;
  endpoint: string;
  completion_window: string;
  created_at: number;
  polls: number;
  total: number;
  /** Every request's result line, in input order, as if it ran. */
  lines: Array<{ line: string; ok: boolean; customId: string }>;
  validationErrors: Array<{ code: string; message: string; line: number }>;
  cancelled: boolean;
  /** Requests run when the batch was cancelled (the rest never ran). */
  ranBeforeCancel: number;
}

/** Batch state of one fake server. */
export interface BatchRoutes {
  /** Handles a batch route; false when the request is not one. */
  handle(record: RecordedRequest, raw: Buffer, contentType: string, res: ServerResponse): Promise<boolean>;
}

/** Creates the file and batch store. */
export function createBatchRoutes(opts: FakeServerOptions, model: FakeModel): BatchRoutes {
  const files = new Map<string, { content: string; purpose: string; filename: string }>();
  const batches = new Map<string, StoredBatch>();
  const pollsNeeded = Math.max(1, opts.batchPolls ?? 1);
  let nextId = 0;
  const newFile = (content: string, purpose: string, filename: string) => {
    const id = `file-fake-${++nextId}`;
    files.set(id, { content, purpose, filename });
    return id;
  };

  function fileObject(id: string) {
    const f = files.get(id)!;
    return { id, object: 'file', bytes: Buffer.byteLength(f.content), created_at: 0, filename: f.filename, purpose: f.purpose, status: 'processed' };
  }

  /** How many requests ran: all of a completed batch; part of an expired or cancelled one. */
  function ran(b: StoredBatch): number {
    if (b.cancelled) return b.ranBeforeCancel;
    if (opts.batchEnd === 'expired') return Math.min(b.total, opts.batchRunsLines ?? Math.floor(b.total / 2));
    return b.total;
  }

  function status(b: StoredBatch): string {
    if (b.cancelled) return 'cancelled';
    if (b.validationErrors.length > 0) return 'failed';
    if (b.polls >= pollsNeeded) return opts.batchEnd === 'expired' ? 'expired' : 'completed';
    return b.polls === 0 ? 'validating' : 'in_progress';
  }

  function view(b: StoredBatch) {
    const state = status(b);
    const ended = ['completed', 'expired', 'cancelled'].includes(state);
    const done = b.lines.slice(0, ended ? ran(b) : Math.floor((b.total * Math.min(b.polls, pollsNeeded)) / pollsNeeded));
    const failed = done.filter((l) => !l.ok).length;
    return {
      id: b.id,
      object: 'batch',
      endpoint: b.endpoint,
      input_file_id: b.input_file_id,
      completion_window: b.completion_window,
      status: state,
      created_at: b.created_at,
      output_file_id: ended && done.some((l) => l.ok) ? newFileOnce(b, 'output') : null,
      error_file_id: ended && (failed > 0 || ran(b) < b.total) ? newFileOnce(b, 'errors') : null,
      errors: b.validationErrors.length > 0 ? { object: 'list', data: b.validationErrors } : null,
      request_counts: { total: b.total, completed: done.length - failed, failed: failed + (ended ? b.total - ran(b) : 0) },
    };
  }

  const resultFiles = new Map<string, string>();
  function newFileOnce(b: StoredBatch, which: 'output' | 'errors'): string {
    const key = `${b.id}/${which}`;
    let id = resultFiles.get(key);
    if (!id) {
      const n = ran(b);
      const done = b.lines.slice(0, n);
      // Requests that never ran are listed in the error file with code batch_expired (or batch_cancelled).
      const code = b.cancelled ? 'batch_cancelled' : 'batch_expired';
      const message = b.cancelled ? 'This request was cancelled before it ran.' : 'This request could not be executed before the completion window expired.';
      const notRun = b.lines.slice(n).map((l, i) => JSON.stringify({ id: `batch_req_${n + i}`, custom_id: l.customId, response: null, error: { code, message } }));
      const content = which === 'output' ? done.filter((l) => l.ok).map((l) => l.line) : [...done.filter((l) => !l.ok).map((l) => l.line), ...notRun];
      id = newFile(content.map((l) => `${l}\n`).join(''), 'batch_output', `${b.id}_${which}.jsonl`);
      resultFiles.set(key, id);
    }
    return id;
  }

  function runLines(input: string, batchId: string): Pick<StoredBatch, 'total' | 'lines' | 'validationErrors'> {
    const lines = input.split('\n').filter((l) => l.trim() !== '');
    const validationErrors: StoredBatch['validationErrors'] = [];
    const parsed = lines.map((line, i) => {
      try {
        const json = JSON.parse(line);
        if (json.url !== '/v1/chat/completions' || json.method !== 'POST' || typeof json.custom_id !== 'string') throw new Error('shape');
        return json;
      } catch {
        validationErrors.push({ code: 'invalid_request', message: `line ${i + 1} is not a valid /v1/chat/completions request`, line: i + 1 });
        return null;
      }
    });
    if (validationErrors.length > 0) return { total: lines.length, lines: [], validationErrors };
    const results = parsed.map((req, i) => {
      const requestId = `req-${batchId}-${i}`;
      const outcome = model.respond(req.body, { tokens: opts.contextTokens, style: opts.overflowStyle ?? 'openai' });
      const response = outcome.ok
        ? { status_code: 200, request_id: requestId, body: completionBody(outcome, req.body.model ?? opts.model ?? 'fake-model', requestId) }
        : { status_code: outcome.status, request_id: requestId, body: outcome.body };
      return { line: JSON.stringify({ id: `batch_req_${i}`, custom_id: req.custom_id, response, error: null }), ok: outcome.ok, customId: req.custom_id as string };
    });
    return { total: lines.length, lines: results, validationErrors };
  }

  return {
    async handle(record, raw, contentType, res) {
      if (!opts.batch) return false;
      const { method, path } = record;
      if (method === 'POST' && path === '/v1/files') {
        // The openai SDK uploads multipart/form-data with `purpose` and `file` fields.
        const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
        const file = form.get('file');
        const purpose = String(form.get('purpose') ?? '');
        if (!file || typeof file === 'string') return sent(res, 400, { error: { message: 'file is required' } });
        const id = newFile(await file.text(), purpose, (file as File).name ?? 'upload.jsonl');
        send(res, 200, fileObject(id));
        return true;
      }
      const content = /^\/v1\/files\/([^/]+)\/content$/.exec(path);
      if (method === 'GET' && content) {
        const f = files.get(content[1]!);
        if (!f) return sent(res, 404, { error: { message: `No such File object: ${content[1]}` } });
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.end(f.content);
        return true;
      }
      if (method === 'POST' && path === '/v1/batches') {
        const body = record.body ?? {};
        const input = files.get(body.input_file_id);
        if (!input) return sent(res, 400, { error: { message: `No such File object: ${body.input_file_id}` } });
        const id = `batch_fake_${++nextId}`;
        const b: StoredBatch = {
          id,
          input_file_id: body.input_file_id,
          endpoint: body.endpoint,
          completion_window: body.completion_window,
          created_at: Math.floor(Date.now() / 1000),
          polls: 0,
          cancelled: false,
          ranBeforeCancel: 0,
          ...runLines(input.content, id),
        };
        batches.set(id, b);
        send(res, 200, view(b));
        return true;
      }
      const one = /^\/v1\/batches\/([^/]+)(\/cancel)?$/.exec(path);
      if (one) {
        const b = batches.get(one[1]!);
        if (!b) return sent(res, 404, { error: { message: `No such Batch: ${one[1]}` } });
        if (method === 'POST' && one[2] && !['completed', 'expired', 'failed'].includes(status(b))) {
          b.ranBeforeCancel = Math.floor((b.total * Math.min(b.polls, pollsNeeded)) / pollsNeeded);
          b.cancelled = true;
        }
        else if (method === 'GET') b.polls++;
        send(res, 200, view(b));
        return true;
      }
      return false;
    },
  };
}

/** Sends and reports the route as handled. */
function sent(res: ServerResponse, status: number, body: unknown): true {
  send(res, status, body);
  return true;
}
