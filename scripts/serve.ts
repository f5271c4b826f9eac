// Kept by hand (the Node-to-fetch bridge below): msw answers fetch Requests, and its own Node server adapter needs Express.
/**
 * A small HTTP server for tests, the bench and the strict-CSP demo: static files from folders (sirv), plus the
 * mock API answered in Node by the SAME msw handlers the demo and tests use (msw's getResponse), so a page needs
 * no service worker. Binds to 127.0.0.1 only.
 *
 *   node --import tsx scripts/serve.ts [--root dist/demo] [--port 4174] [--csp]
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { extname } from 'node:path';
import sirv from 'sirv';
import { getResponse, type RequestHandler } from 'msw';
import { handlers as defaultHandlers } from '../mocks/handlers';

import { STRICT_CSP } from '../server/csp';

export interface ServeOptions {
  /** Folders to serve, tried in order: URL path prefix → folder. */
  mounts: Array<{ prefix: string; dir: string }>;
  port?: number;
  /** Send the strict CSP header on HTML pages. */
  csp?: boolean;
  /**
   * With `csp`: the origins that may frame the pages (CSP `frame-ancestors`), for embedded pages; by default none
   * may (`'none'`).
   */
  frameAncestors?: readonly string[];
  handlers?: RequestHandler[];
  /** Prefix of the mock API; requests below it go to the msw handlers. */
  apiPrefix?: string;
}

export interface Served {
  url: string;
  server: Server;
  /** Every request, as "GET /path". */
  requests: string[];
  close(): Promise<void>;
}

type Next = () => void;

async function toFetchRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = chunks.length && req.method !== 'GET' && req.method !== 'HEAD' ? Buffer.concat(chunks) : undefined;
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
  return new Request(new URL(req.url ?? '/', origin), { method: req.method, headers, body });
}

function sendFetchResponse(res: ServerResponse, response: Response): void {
  res.writeHead(response.status, Object.fromEntries(response.headers));
  if (response.body) Readable.fromWeb(response.body as NodeReadableStream).pipe(res);
  else res.end();
}

/** The strict policy with other `frame-ancestors` (an embedded page framed by the portals named). */
export function strictCspFramedBy(origins: readonly string[]): string {
  return STRICT_CSP.replace("frame-ancestors 'none'", `frame-ancestors ${origins.length ? origins.join(' ') : "'none'"}`);
}

/** The headers of every static file: never cached, never sniffed, and HTML pages under the strict CSP if asked. */
function staticHeaders(csp: boolean, frameAncestors: readonly string[] = []) {
  const policy = strictCspFramedBy(frameAncestors);
  return (res: ServerResponse, pathname: string): void => {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // sirv serves "/" and "/page" from index.html and page.html.
    const ext = extname(pathname);
    if (csp && (ext === '' || ext === '.html')) res.setHeader('Content-Security-Policy', policy);
  };
}

export async function serve(options: ServeOptions): Promise<Served> {
  const apiPrefix = options.apiPrefix ?? '/api/llr/v1/';
  const handlers = options.handlers ?? defaultHandlers;
  const requests: string[] = [];
  const setHeaders = staticHeaders(options.csp ?? false, options.frameAncestors);
  // dev: read each file when asked (tests build first, then serve), no in-memory index.
  const mounts = options.mounts.map(({ prefix, dir }) => ({ prefix, files: sirv(dir, { dev: true, setHeaders }) }));

  /** Tries the mounts from `index` on; each gets the URL below its prefix. */
  function serveStatic(req: IncomingMessage, res: ServerResponse, url: string, index: number): void {
    const mount = mounts.slice(index).find((m) => url.startsWith(m.prefix));
    if (!mount) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    req.url = `/${url.slice(mount.prefix.length)}`;
    const next: Next = () => serveStatic(req, res, url, mounts.indexOf(mount) + 1);
    mount.files(req, res, next);
  }

  const server = createServer(async (req, res) => {
    const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
    const path = decodeURIComponent(new URL(req.url ?? '/', origin).pathname);
    requests.push(`${req.method} ${path}`);
    try {
      if (path.startsWith(apiPrefix)) {
        const response = await getResponse(handlers, await toFetchRequest(req, origin));
        if (response) return sendFetchResponse(res, response);
        res.writeHead(404, { 'content-type': 'application/problem+json' }).end('{"title":"Not found","status":404}');
        return;
      }
      serveStatic(req, res, req.url ?? '/', 0);
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
