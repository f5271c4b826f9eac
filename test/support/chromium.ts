import { existsSync } from 'node:fs';
import type { LaunchOptions } from 'puppeteer-core';

/** Debian's Chromium, headless, with the flags this sandbox needs (no background networking). */
export function launchOptions(): LaunchOptions {
  const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
  if (!executablePath) throw new Error('Chromium is missing: install Debian\'s chromium package (apt-get install chromium).');
  return {
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  };
}
