/**
 * Compression of the site's answers (node:zlib): HTML and JSON, Brotli or gzip as the client's
 * `Accept-Encoding` allows, with `Vary: Accept-Encoding` so a cache keeps both. The results page
 * is ~25 KB of HTML and ~6 KB gzipped; a phone on a slow line feels the difference.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { constants, createBrotliCompress, createGzip, type BrotliCompress, type Gzip } from 'node:zlib';

/** The encodings we produce, in order of preference. */
export type ContentCoding = 'br' | 'gzip';

/** Media types worth compressing: text the site generates. Images and downloads are left alone. */
const compressible = /^(text\/html|application\/json|application\/(atom|opensearchdescription)\+xml|text\/(css|plain|csv)|application\/javascript|text\/javascript)\b/i;

/** Below this many bytes (when known) compression costs more than it saves. */
const minimumBytes = 1024;

/**
 * The coding to use for an `Accept-Encoding` header, or null for identity: Brotli before gzip,
 * a coding with `q=0` refused.
 */
export function chooseCoding(acceptEncoding: string | undefined): ContentCoding | null {
  if (acceptEncoding === undefined) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const wildcard = accepted.get('*');
  const weight = (coding: ContentCoding): number => accepted.get(coding) ?? wildcard ?? 0;
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return null;
}

/**
 * Makes `response` compress its body when the request accepts it and the answer is compressible
 * HTML, JSON or other generated text. Call before handing the response to the handler.
 */
export function compressResponse(request: IncomingMessage, response: ServerResponse): void {
  response.setHeader('vary', 'Accept-Encoding');
  const coding = chooseCoding(request.headers['accept-encoding']);
  if (coding === null || request.method === 'HEAD') return;

  let stream: BrotliCompress | Gzip | null = null;
  let decided = false;
  const write = response.write.bind(response) as (chunk: unknown, ...rest: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;

  // Decides once, when the headers are about to go out: compress only a full answer of a compressible type.
  const decide = (): void => {
    if (decided) return;
    decided = true;
    const type = String(response.getHeader('content-type') ?? '');
    const length = Number(response.getHeader('content-length') ?? Number.NaN);
    const status = response.statusCode;
    if (response.getHeader('content-encoding') !== undefined || !compressible.test(type) || status < 200 || status === 204 || status === 206 || status === 304 || length < minimumBytes) return;
    stream = coding === 'br'
      ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } })
      : createGzip({ level: 6 });
    response.removeHeader('content-length');
    response.setHeader('content-encoding', coding);
    stream.on('data', (chunk: Buffer) => write(chunk));
    stream.on('end', () => end());
  };

  response.writeHead = ((status: number, ...rest: unknown[]): ServerResponse => {
    response.statusCode = status;
    // writeHead(status, [reason], [headers]): headers given here join the response's own first.
    const headers = rest.find((arg) => typeof arg === 'object' && arg !== null) as OutgoingHttpHeaders | string[] | undefined;
    if (headers !== undefined && !Array.isArray(headers)) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, value);
    } else if (Array.isArray(headers)) {
      // Either [name, value, name, value] or [[name, value], …], as Node accepts both.
      const pairs: unknown[][] = Array.isArray(headers[0]) ? (headers as unknown as unknown[][]) : headers.flatMap((_, i) => i % 2 === 0 ? [[headers[i], headers[i + 1]]] : []);
      for (const [name, value] of pairs) response.setHeader(String(name), String(value));
    }
    decide();
    const reason = rest.find((arg) => typeof arg === 'string');
    return reason === undefined ? writeHead(status) : writeHead(status, reason);
  }) as ServerResponse['writeHead'];

  response.write = ((chunk: unknown, ...rest: unknown[]): boolean => {
    decide();
    if (stream === null) return write(chunk, ...rest);
    const encoding = typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : undefined;
    const callback = rest.find((arg) => typeof arg === 'function') as ((error?: Error | null) => void) | undefined;
    stream.write(typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk as Uint8Array, callback);
    // Pages are small and buffered by zlib: the writer never has to wait for a drain.
    return true;
  }) as ServerResponse['write'];

  response.end = ((...args: unknown[]): ServerResponse => {
    const chunk = typeof args[0] === 'function' ? undefined : args[0];
    decide();
    if (stream === null) return end(...args);
    const encoding = typeof args[1] === 'string' ? (args[1] as BufferEncoding) : undefined;
    if (chunk !== undefined && chunk !== null) stream.write(typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk as Uint8Array);
    stream.end();
    return response;
  }) as ServerResponse['end'];
}
