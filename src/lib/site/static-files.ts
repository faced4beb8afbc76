/**
 * The built site's static files (`dist/client`: stylesheets, scripts, icons), listed once at
 * start-up, so that a request for a page goes straight to Astro without a probe of the file
 * system, and a request for a file is served by [send](https://www.npmjs.com/package/send), as
 * @astrojs/node serves them (ETag, Last-Modified, ranges, HEAD), with a year's immutable cache for
 * the hashed assets under `/_astro/`.
 */
import { readdir } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative, sep } from 'node:path';
import send from 'send';

/** The URL paths of the files under `clientDir` ("/_astro/BaseLayout.DLV65PYj.css"), read once. */
export async function listStaticFiles(clientDir: string): Promise<ReadonlySet<string>> {
  const entries = await readdir(clientDir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return new Set(entries.filter((entry) => entry.isFile()).map((entry) => `/${relative(clientDir, join(entry.parentPath, entry.name)).split(sep).join('/')}`));
}

/** The path of a request URL, percent-decoded ("/_astro/a.css?v=1" → "/_astro/a.css"); null when it does not decode. */
export function requestPath(url: string): string | null {
  const end = url.search(/[?#]/);
  try {
    return decodeURI(end === -1 ? url : url.slice(0, end));
  } catch {
    return null;
  }
}

/** Send the static file at `path` (one of `listStaticFiles`) from `clientDir`. */
export function sendStaticFile(request: IncomingMessage, response: ServerResponse, clientDir: string, path: string): void {
  send(request, path, { root: clientDir, dotfiles: 'deny', index: false })
    .on('headers', () => {
      if (path.startsWith('/_astro/')) response.setHeader('cache-control', 'public, max-age=31536000, immutable');
    })
    .on('error', (error: { status?: number }) => {
      // Listed at start-up but gone since (a rebuild in place): as any missing file.
      const status = error.status ?? 500;
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(status === 404 ? 'Không tìm thấy tệp.\n' : 'Lỗi máy chủ.\n');
    })
    .pipe(response);
}
