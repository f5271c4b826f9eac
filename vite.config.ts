import { defineConfig } from 'vite';
import { minifyLiteralsPlugin } from './scripts/minify-literals-plugin.mjs';
import { resolve } from 'node:path';

/**
 * `npm start`: the demo host pages (index.html and demo/*.html) against the msw mock API.
 * `npm run build`: the npm artefact (unbundled ESM, Lit external) — see vite.embed.config.ts for llr-embed.js.
 */
const root = import.meta.dirname;

export default defineConfig({
  plugins: [minifyLiteralsPlugin()],
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: {
    outDir: 'dist/npm',
    copyPublicDir: false,
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    lib: {
      entry: {
        index: resolve(root, 'src/index.ts'),
        define: resolve(root, 'src/define.ts'),
        // Types only (JSX typings for React); an empty module, so the entry resolves for every tool.
        react: resolve(root, 'src/react.ts'),
        // The analysts' policy lab: its own entries (never in define.ts or llr-embed.js); its worker is bundled beside it.
        'policy-lab': resolve(root, 'src/policy-lab.ts'),
        'elements/policy-lab/define': resolve(root, 'src/elements/policy-lab/define.ts'),
        // The analysts' monitor: its own entry, not in define.ts (citizens' pages never load it).
        monitor: resolve(root, 'src/monitor.ts'),
        'elements/monitor/define': resolve(root, 'src/elements/monitor/define.ts'),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^valibot$/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
