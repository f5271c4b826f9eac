#!/usr/bin/env node
// `npm start`: installs the dependencies on a fresh clone (npm ci), then serves the demo with Vite's dev server
// (vite.config.ts) and prints the URLs it really serves: Vite moves to the next free port when 5173 is taken.
//   npm start -- --port 3000 --host 0.0.0.0
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

if (!existsSync('node_modules/.bin/vite')) {
  console.log('First run: installing dependencies (npm ci)…');
  const ci = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (ci.status !== 0) process.exit(ci.status ?? 1);
}

const { values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string' } } });
// Imported only now: on a fresh clone Vite is there only after npm ci.
const { createServer } = await import('vite');
const server = await createServer({
  server: { open: false, ...(values.port ? { port: Number(values.port) } : {}), ...(values.host ? { host: values.host } : {}) },
});
await server.listen();
server.printUrls();

const base = server.resolvedUrls?.local[0] ?? server.resolvedUrls?.network[0];
if (base) console.log(`\nDemo: ${base} (Mijn Burgerprofiel) and ${new URL('demo/vind-een-opleiding.html', base)} (VDAB)`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => void server.close().then(() => process.exit(0)));
}
