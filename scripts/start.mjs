#!/usr/bin/env node
// `npm start`: installs the dependencies on a fresh clone (npm ci), starts the back end (server/: embedded database,
// demo issuer, the personas imported) and serves the demo with Vite's dev server, its API calls proxied to the back
// end: the wallet on `/` comes from the server's database through a real, signed token. Prints the URLs Vite really
// serves (it moves to the next free port when 5173 is taken).
//   npm start -- --port 3000 --host 0.0.0.0
//   npm start -- --mock      the demo against the in-browser mock API (msw) instead, with its fault switch
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { parseArgs } from 'node:util';

if (!existsSync('node_modules/.bin/vite')) {
  console.log('First run: installing dependencies (npm ci)…');
  const ci = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (ci.status !== 0) process.exit(ci.status ?? 1);
}

const { values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string' }, mock: { type: 'boolean' } } });

/** A free loopback port for the back end (it is only reached through Vite's proxy). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createNetServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Starts server/main.ts in demo mode and waits until it answers /readyz (the personas are imported by then). */
async function startBackEnd() {
  const port = await freePort();
  // Vite serves the demo pages: the back end serves only the API and the demo issuer.
  const env = { ...process.env, PORT: String(port), LLR_STATIC_DEMO: '', LLR_STATIC_EMBED: '' };
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--demo'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`the back end stopped (exit ${child.exitCode})`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return { child, url };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error('the back end did not become ready within 30 s');
}

const backEnd = values.mock ? undefined : await startBackEnd();

// Imported only now: on a fresh clone Vite is there only after npm ci.
const { createServer } = await import('vite');
const server = await createServer({
  server: {
    open: false,
    ...(values.port ? { port: Number(values.port) } : {}),
    ...(values.host ? { host: values.host } : {}),
    ...(backEnd ? { proxy: Object.fromEntries(['/api', '/demo/token', '/demo/personas'].map((path) => [path, { target: backEnd.url }])) } : {}),
  },
  // With the back end, the page does not start the mock API (demo/demo.ts).
  ...(backEnd ? { define: { __LLR_DEMO_MSW__: 'false' } } : {}),
});
await server.listen();
server.printUrls();

const base = server.resolvedUrls?.local[0] ?? server.resolvedUrls?.network[0];
if (base) {
  console.log(`\nDemo: ${base} (Mijn Burgerprofiel) and ${new URL('demo/vind-een-opleiding.html', base)} (VDAB)`);
  console.log(backEnd ? `API: the back end (server/, embedded database), behind ${new URL('api/llr/v1', base)}` : 'API: the in-browser mock (msw), with its fault switch');
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    backEnd?.child.kill();
    void server.close().then(() => process.exit(0));
  });
}
process.on('exit', () => backEnd?.child.kill());
