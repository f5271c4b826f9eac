#!/usr/bin/env node
// `npm start`: installs the dependencies on a fresh clone (npm ci), then serves the demo with Vite.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('node_modules/.bin/vite')) {
  console.log('First run: installing dependencies (npm ci)…');
  const ci = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (ci.status !== 0) process.exit(ci.status ?? 1);
}
const args = process.argv.slice(2);
const vite = spawn('node_modules/.bin/vite', ['--open=false', ...args], { stdio: 'inherit' });
console.log('Demo: http://127.0.0.1:5173/ (Mijn Burgerprofiel) and http://127.0.0.1:5173/demo/vind-een-opleiding.html (VDAB)');
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => vite.kill(sig));
vite.on('exit', (code) => process.exit(code ?? 0));
