/**
 * npm run bench:lighthouse — Lighthouse (mobile preset, headless Debian Chromium) on the demo pages as the server
 * serves them (`npm run build` first): compressed, cached, no msw, the wallet from the database through a real
 * token. Lighthouse 12.2.3 is pinned (13.x needs Node 22) and run with `npm exec`, so it is fetched from the npm
 * registry on first use instead of weighing on every `npm ci`. Loopback only; one run per page.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The citizens' pages, then the analysts' (their accessibility and best practices count as much).
const PAGES = ['/', '/demo/vind-een-opleiding.html', '/demo/beleidslab.html', '/demo/monitor.html'];
const LIGHTHOUSE = 'lighthouse@12.2.3';

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });
}

interface Report {
  categories: Record<string, { id: string; score: number; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { displayValue?: string; score: number | null; title: string; details?: { items?: { node?: { selector?: string; snippet?: string }; description?: string; url?: string }[] } }>;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'llr-lighthouse-'));
  const port = await freePort();
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--demo'], {
    env: { ...process.env, PORT: String(port), LLR_DATA_DIR: join(dir, 'db'), LLR_LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const origin = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 300 && !(await fetch(`${origin}/readyz`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 100));
    // `npm run bench:lighthouse -- beleidslab`: only the pages whose path contains that text.
    const only = process.argv[2];
    for (const page of PAGES.filter((path) => !only || path.includes(only))) {
      const out = join(dir, 'report.json');
      execFileSync(
        'npm',
        ['exec', '--yes', '--package', LIGHTHOUSE, '--', 'lighthouse', `${origin}${page}`, '--quiet', '--chrome-flags=--headless=new --no-sandbox',
          '--only-categories=performance,accessibility,best-practices', '--output=json', `--output-path=${out}`],
        { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, cwd: dir },
      );
      const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
      const scores = Object.values(report.categories).map((c) => `${c.id} ${Math.round(c.score * 100)}`).join(', ');
      const metric = (id: string) => report.audits[id]?.displayValue ?? '?';
      console.log(`${page.padEnd(32)} ${scores} | FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}`);
      // What costs accessibility or best-practices points, with the elements concerned (to fix, not to read past).
      for (const category of ['accessibility', 'best-practices']) {
        for (const ref of report.categories[category]?.auditRefs ?? []) {
          const audit = report.audits[ref.id];
          if (!audit || ref.weight === 0 || audit.score === null || audit.score === 1) continue;
          const nodes = (audit.details?.items ?? []).map((item) => item.node?.selector ?? item.node?.snippet ?? (item.description ? `${item.description.slice(0, 160)} ${item.url ?? ''}` : undefined)).filter(Boolean);
          console.log(`  ${category}: ${ref.id} (${audit.title})${nodes.length ? `: ${nodes.slice(0, 5).join(' | ')}` : ''}`);
        }
      }
    }
  } finally {
    server.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
