// @web/test-runner: element and API tests in real headless Chromium (Debian's package, never a download).
import { readFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Serves the msw worker at the root so it can control the test pages. */
function mswWorker() {
  return async (ctx, next) => {
    if (ctx.path === '/mockServiceWorker.js') {
      ctx.type = 'application/javascript';
      ctx.set('Service-Worker-Allowed', '/');
      ctx.body = await readFile(new URL('./public/mockServiceWorker.js', import.meta.url), 'utf8');
      return;
    }
    return next();
  };
}

export default {
  // (Not the host apps' own dependencies: test/hosts/*/node_modules.)
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts', '!test/**/node_modules/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // One page at a time: background pages in headless Chromium throttle timers and skip animation frames.
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
  middleware: [mswWorker()],
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: [
          '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
