/**
 * The built front end served like production would (for `npm run server` and for measuring it): the demo pages
 * and the embed bundle, precompressed with brotli and gzip, hashed chunks cached for a year (`immutable`), pages
 * and the stable `llr-embed.js` revalidated. In production a CDN in front of a bucket does the same
 * (docs/deploying.md); this is the reference and the thing Lighthouse measures.
 */
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';
import { STRICT_CSP } from './csp';

export interface StaticMount {
  /** URL prefix, e.g. `/` or `/embed/`. */
  prefix: string;
  /** A built folder (dist/demo, dist/embed). */
  dir: string;
}


const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.map']);
/** Smaller files are not worth an encoding (and its header). */
const MIN_COMPRESS_BYTES = 512;
/** A content hash in a built file name (`define-VJVHjT1l.js`): the file never changes under that name. */
const HASHED = /-[A-Za-z0-9_-]{8}\.(?:js|mjs|css)$/;
const YEAR_SECONDS = 31_536_000;
/** The stable entry (`llr-embed.js`): host pages keep its URL, so caches check it again after a few minutes. */
const ENTRY_SECONDS = 300;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));
}

/**
 * Writes `.br` and `.gz` beside each text file that lacks a current one (idempotent; the build output is ours).
 * A read-only folder is served uncompressed rather than not at all.
 */
export function precompress(dir: string): number {
  let written = 0;
  for (const file of files(dir)) {
    if (!COMPRESSIBLE.has(extname(file))) continue;
    const stat = statSync(file);
    if (stat.size < MIN_COMPRESS_BYTES) continue;
    const current = (suffix: string) => existsSync(file + suffix) && statSync(file + suffix).mtimeMs >= stat.mtimeMs;
    if (current('.br') && current('.gz')) continue;
    const source = readFileSync(file);
    try {
      writeFileSync(`${file}.br`, brotliCompressSync(source, { params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY } }));
      writeFileSync(`${file}.gz`, gzipSync(source, { level: 9 }));
      written += 1;
    } catch {
      return written;
    }
  }
  return written;
}

function cacheHeaders(reply: FastifyReply, path: string): void {
  const name = basename(path).replace(/\.(?:br|gz)$/, ''); // the precompressed file's path, when one is sent
  if (HASHED.test(name)) reply.header('Cache-Control', `public, max-age=${YEAR_SECONDS}, immutable`);
  else if (name === 'llr-embed.js' || name === 'llr-embed.css') reply.header('Cache-Control', `public, max-age=${ENTRY_SECONDS}`);
  else reply.header('Cache-Control', 'no-cache');
  if (name.endsWith('.html')) reply.header('Content-Security-Policy', STRICT_CSP);
}

export async function registerStatic(app: FastifyInstance, mounts: readonly StaticMount[]): Promise<void> {
  for (const [i, mount] of mounts.entries()) {
    const root = resolve(mount.dir);
    if (!existsSync(root)) {
      app.log.warn({ dir: mount.dir }, 'static folder missing (npm run build): not served');
      continue;
    }
    precompress(root);
    await app.register(fastifyStatic, {
      root,
      prefix: mount.prefix,
      decorateReply: i === 0,
      preCompressed: true,
      cacheControl: false,
      dotfiles: 'deny',
      index: ['index.html'],
      setHeaders: cacheHeaders,
    });
  }
}
