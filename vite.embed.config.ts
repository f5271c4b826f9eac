import { defineConfig } from 'vite';
import { minifyCssLiteralsPlugin } from './scripts/minify-css-literals.mjs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { RESERVE_CSS } from './src/shared/reserve';

/** Writes llr-embed.css: the space each element holds until it is defined (src/shared/reserve.ts). */
function reserveCss(): Plugin {
  return {
    name: 'llr-reserve-css',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'llr-embed.css', source: `/* LLR widgets: room for each element until it is defined. */\n${RESERVE_CSS}` });
    },
  };
}

/**
 * llr-embed.js: the minified ES module for script-tag hosts, with its chunks beside it in chunks/ (loaded on
 * demand, relative to llr-embed.js: the engine with the Wegwijzer or a badge, the en/fr texts for those
 * languages). Host the whole folder.
 */
export default defineConfig({
  plugins: [minifyCssLiteralsPlugin(), reserveCss()],
  build: {
    outDir: 'dist/embed',
    copyPublicDir: false,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: { entry: resolve(import.meta.dirname, 'src/embed.ts'), formats: ['es'], fileName: () => 'llr-embed.js' },
    rolldownOptions: {
      output: {
        minify: true,
        // chunks/wallet-….js rather than chunks/define-….js: readable in a host's network panel.
        chunkFileNames: (chunk) => {
          const m = chunk.facadeModuleId?.match(/elements\/([^/]+)\/(?:define|[\w-]+\.runtime)\.ts$/);
          return m ? `chunks/${m[1]}${chunk.facadeModuleId?.endsWith('runtime.ts') ? '-runtime' : ''}-[hash].js` : 'chunks/[name]-[hash].js';
        },
      },
    },
    manifest: true,
  },
});
