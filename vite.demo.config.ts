import { defineConfig } from 'vite';
import { minifyLiteralsPlugin } from './scripts/minify-literals-plugin.mjs';
import { resolve } from 'node:path';

/**
 * The demo as static files (dist/demo), for `npm run demo:csp`: the same pages as `npm start`, served with
 * a strict Content-Security-Policy and Trusted Types (scripts/serve.ts --csp).
 */
const root = import.meta.dirname;
export default defineConfig({
  plugins: [minifyLiteralsPlugin()],
  define: { __LLR_DEMO_MSW__: 'false' },
  publicDir: false,
  build: {
    outDir: 'dist/demo',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: {
        index: resolve(root, 'index.html'),
        vdab: resolve(root, 'demo/vind-een-opleiding.html'),
        // The analysts' page: <llr-policy-lab> from its own entry, never from the citizens' embed.
        beleidslab: resolve(root, 'demo/beleidslab.html'),
        // The analysts' page: <llr-monitor> is its own entry, in no citizens' page.
        monitor: resolve(root, 'demo/monitor.html'),
      },
    },
  },
});
