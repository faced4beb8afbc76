/**
 * A minimal keep-alive HTTP client for measuring: one request, its status, its body and its time.
 * Plain node:http, so that the measurement is not the cost of a heavier client, and so that a raw,
 * already-encoded path (even a malformed one) goes out exactly as given.
 */
import { Agent, request } from 'node:http';

/** The outcome of one request: `status` 0 and `error` set when no response came. */
export interface TimedResponse {
  status: number;
  ms: number;
  body: string;
  contentType: string;
  error: string | null;
}

/** A keep-alive agent holding up to `connections` sockets. */
export function createAgent(connections: number): Agent {
  return new Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
}

export interface SendOptions {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
}

/** Send one request to `origin` + raw `path` ("/api/search?q=…", already percent-encoded) and time it. */
export function send(agent: Agent, origin: URL, path: string, options: SendOptions = {}): Promise<TimedResponse> {
  const started = performance.now();
  return new Promise((resolve) => {
    const done = (status: number, body: string, contentType: string, error: string | null): void =>
      resolve({ status, ms: performance.now() - started, body, contentType, error });
    const req = request(
      {
        agent,
        host: origin.hostname,
        port: origin.port,
        method: options.method ?? 'GET',
        path,
        headers: options.body === undefined ? options.headers : { 'content-type': 'application/json', ...options.headers, 'content-length': Buffer.byteLength(options.body) },
        timeout: options.timeoutMs ?? 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'), String(res.headers['content-type'] ?? ''), null));
        res.on('error', (error) => done(res.statusCode ?? 0, '', '', error.message));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no response within ${options.timeoutMs ?? 10_000} ms`)));
    req.on('error', (error) => done(0, '', '', error.message));
    req.end(options.body);
  });
}
