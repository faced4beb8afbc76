/**
 * The HTTP server of the built site: Astro's handler (`dist/server/entry.mjs`, adapter
 * @astrojs/node) behind the checks no Astro code sees. Astro's own standalone server serves the
 * static files (`/_astro/*.css`) without the middleware, so without our headers, and fails
 * methods `Request` cannot hold (TRACE, CONNECT) with a 500 before any route runs. Here every
 * answer starts with the security headers (Astro's own, set later, take precedence), any
 * method but GET and HEAD is answered 405 before Astro, and HTML and JSON go out compressed
 * when the client accepts it. Static files are listed once at start-up and served here; every
 * other path goes to Astro's handler (the adapter in middleware mode) without the probe of the
 * file system that its standalone handler makes for every page.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { allowedMethods, baseHeaders, nonPagePolicy } from './security-headers.ts';
import { compressResponse } from './compress-response.ts';
import { listStaticFiles, requestPath, sendStaticFile } from './static-files.ts';

type NodeHandler = (request: IncomingMessage, response: ServerResponse) => void;

/** Where the site listens and which build it serves. */
export interface SiteServerOptions {
  /** Path of the build's `server/entry.mjs`. */
  entry: string;
  host: string;
  port: number;
}

/** Loads the build and listens; resolves with the listening server. */
export async function startSiteServer(options: SiteServerOptions): Promise<Server> {
  // The entry would start Astro's own server on import; we serve its handler instead.
  process.env.ASTRO_NODE_AUTOSTART = 'disabled';
  const { handler } = (await import(pathToFileURL(options.entry).href)) as { handler: NodeHandler };
  const clientDir = join(dirname(dirname(options.entry)), 'client');
  const staticFiles = await listStaticFiles(clientDir);
  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(baseHeaders)) response.setHeader(name, value);
    response.setHeader('content-security-policy', nonPagePolicy);
    if (!allowedMethods.has(request.method ?? '')) {
      response.writeHead(405, { allow: [...allowedMethods].join(', '), 'content-type': 'text/plain; charset=utf-8' });
      response.end('Phương thức này không được hỗ trợ.\n');
      return;
    }
    const path = requestPath(request.url ?? '/');
    if (path === null) {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Bad request.');
      return;
    }
    compressResponse(request, response);
    if (staticFiles.has(path)) sendStaticFile(request, response, clientDir, path);
    else handler(request, response);
  });
  // CONNECT never reaches the request handler (Node hands over the socket), nor does a method
  // Node's parser does not know (TRACK): both are answered 405 here, a malformed request 400.
  server.on('connect', (_request: IncomingMessage, socket: Duplex) => socket.end(rawAnswer(405)));
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (socket.writable) socket.end(rawAnswer(error.code === 'HPE_INVALID_METHOD' ? 405 : 400));
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return server;
}

/** A whole HTTP answer without body, with the security headers, for a socket Node hands over. */
function rawAnswer(status: 400 | 405): string {
  const headers = {
    ...baseHeaders,
    'content-security-policy': nonPagePolicy,
    ...(status === 405 ? { allow: [...allowedMethods].join(', ') } : {}),
    'content-length': '0',
    connection: 'close',
  };
  const reason = status === 405 ? 'Method Not Allowed' : 'Bad Request';
  return `HTTP/1.1 ${status} ${reason}\r\n${Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n`;
}
