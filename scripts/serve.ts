/**
 * A small HTTP server for tests, the bench and the strict-CSP demo: static files from a folder, plus the
 * mock API answered in Node by the SAME msw handlers the demo and tests use (msw's getResponse), so a
 * page needs no service worker. Binds to 127.0.0.1 only.
 *
 *   node --import tsx scripts/serve.ts [--root dist/demo] [--port 4174] [--csp]
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { getResponse, type RequestHandler } from 'msw';
import { handlers as defaultHandlers } from '../mocks/handlers';

/** The strict policy a host page can use with our elements (documented in the README). */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface ServeOptions {
  /** Folders to serve, tried in order: URL path prefix → folder. */
  mounts: Array<{ prefix: string; dir: string }>;
  port?: number;
  /** Send the strict CSP header on HTML pages. */
  csp?: boolean;
  handlers?: RequestHandler[];
  /** Prefix of the mock API; requests below it go to the msw handlers. */
  apiPrefix?: string;
}

export interface Served {
  url: string;
  server: Server;
  requests: string[];
  close(): Promise<void>;
}

async function toFetchRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = chunks.length && req.method !== 'GET' && req.method !== 'HEAD' ? Buffer.concat(chunks) : undefined;
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
  return new Request(new URL(req.url ?? '/', origin), { method: req.method, headers, body });
}

async function sendFetchResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((v, k) => (headers[k] = v));
  res.writeHead(response.status, headers);
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) await new Promise((r) => res.once('drain', r));
    }
  }
  res.end();
}

export async function serve(options: ServeOptions): Promise<Served> {
  const apiPrefix = options.apiPrefix ?? '/api/llr/v1/';
  const handlers = options.handlers ?? defaultHandlers;
  const requests: string[] = [];
  const server = createServer(async (req, res) => {
    const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
    const path = decodeURIComponent(new URL(req.url ?? '/', origin).pathname);
    requests.push(`${req.method} ${path}`);
    try {
      if (path.startsWith(apiPrefix)) {
        const request = await toFetchRequest(req, origin);
        const response = await getResponse(handlers, request);
        if (response) return await sendFetchResponse(res, response);
        res.writeHead(404, { 'content-type': 'application/problem+json' }).end('{"title":"Not found","status":404}');
        return;
      }
      for (const { prefix, dir } of options.mounts) {
        if (!path.startsWith(prefix)) continue;
        const root = resolve(dir);
        let file = normalize(join(root, path.slice(prefix.length)));
        if (!file.startsWith(root)) break;
        try {
          if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
          const body = await readFile(file);
          const type = TYPES[extname(file)] ?? 'application/octet-stream';
          const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
          if (options.csp && type.startsWith('text/html')) headers['content-security-policy'] = STRICT_CSP;
          res.writeHead(200, headers).end(body);
          return;
        } catch {
          /* try the next mount */
        }
      }
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise<void>((r) => server.listen(options.port ?? 0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    requests,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

// CLI: serve a folder with the mock API (and the strict CSP with --csp).
if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
  };
  const served = await serve({
    mounts: [{ prefix: '/', dir: arg('--root', 'dist/demo') }],
    port: Number(arg('--port', '4174')),
    csp: process.argv.includes('--csp'),
  });
  console.log(`Serving ${arg('--root', 'dist/demo')} at ${served.url}${process.argv.includes('--csp') ? ' with a strict Content-Security-Policy' : ''}`);
}
