import { defineConfig } from 'vite';
import { CSS_TARGETS, minifyLiteralsPlugin } from './scripts/minify-literals-plugin.mjs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { transform } from 'lightningcss';
import type { Plugin } from 'vite';

const EMBED_CSS = resolve(import.meta.dirname, 'src/llr-embed.css');

/**
 * Writes llr-embed.css: the space each element holds until it is defined (src/llr-embed.css), minified by Lightning
 * CSS with the same targets as the copy llr-embed.js adopts (its `?inline` import, minified by Vite).
 * Kept by hand (a few lines): Vite writes no CSS file for a stylesheet that is only imported with `?inline`.
 */
function embedCss(): Plugin {
  return {
    name: 'llr-embed-css',
    generateBundle() {
      const { code } = transform({ filename: 'llr-embed.css', code: readFileSync(EMBED_CSS), minify: true, targets: CSS_TARGETS });
      this.emitFile({ type: 'asset', fileName: 'llr-embed.css', source: `/* LLR widgets: room for each element until it is defined. */\n${code}\n` });
    },
  };
}

/**
 * llr-embed.js: the minified ES module for script-tag hosts, with its chunks beside it in chunks/ (loaded on
 * demand, relative to llr-embed.js: the engine with the Wegwijzer or a badge, the en/fr/de texts for those
 * languages). Host the whole folder.
 */
export default defineConfig({
  plugins: [minifyLiteralsPlugin(), embedCss()],
  css: { lightningcss: { targets: CSS_TARGETS } },
  build: {
    outDir: 'dist/embed',
    copyPublicDir: false,
    emptyOutDir: true,
    target: 'es2022',
    cssMinify: 'lightningcss',
    sourcemap: true,
    lib: { entry: resolve(import.meta.dirname, 'src/embed.ts'), formats: ['es'], fileName: () => 'llr-embed.js' },
    rolldownOptions: {
      // llr-embed.js exports nothing; this lets the core chunk leave out what only llr-embed.js needs (below).
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        // One core chunk (Lit, valibot, the client and the shared plumbing every element needs) instead of a dozen
        // small shared ones: fewer requests, and gzip works across them. Element code, the engine and the locale
        // texts stay in their own chunks, loaded only by the pages and states that need them.
        codeSplitting: {
          includeDependenciesRecursively: false,
          // Not what llr-embed.js itself needs (the config it reads, the space it reserves): a page without our
          // elements downloads only that.
          groups: [
            // What llr-embed.js itself needs (reading its script tag, defining; the reserved room is in llr-embed.js):
            // a small chunk of its own, shared with the rest. No chunk may import llr-embed.js itself: a host that loads it as
            // llr-embed.js?v=3 would then get a second copy of the entry, without the script tag's configuration.
            { name: 'boot', test: /\/src\/shared\/(config|safe-define)\.ts|@lit\/context\/lib\/create-context/ },
            // The card (class, define, formats) in one chunk: the wallet's view and the Wegwijzer's result need it in
            // one step, not a chain of small chunks.
            { name: 'incentive-card', test: /\/src\/elements\/incentive-card\// },
            // The response checks (valibot and the API schemas): loaded with the first request, not before the first
            // render (src/api/validate.ts).
            { name: 'validation', test: /node_modules\/valibot\/|\/src\/api\/(validate|schemas)\.ts/ },
            {
              name: 'core',
              test: (id: string) =>
                /node_modules|rolldown[:/]runtime|\/src\/(shared|api)\/|\/src\/i18n\/(localization|generated\/locale-codes)\.ts|\/src\/domain\/(dates|lang)\.ts/.test(id) &&
                !/\/src\/shared\/(config|safe-define)\.ts|@lit\/context\/lib\/create-context|node_modules\/valibot\/|\/src\/api\/(validate|schemas|usage)\.ts/.test(id),
            },
          ],
        },
        // chunks/wallet-….js rather than chunks/define-….js: readable in a host's network panel.
        chunkFileNames: (chunk) => {
          const m = chunk.facadeModuleId?.match(/elements\/([^/]+)\/([\w.-]+)\.ts$/);
          if (!m) return 'chunks/[name]-[hash].js';
          const [, folder, file] = m as unknown as [string, string, string];
          return `chunks/${file === folder ? folder : `${folder}-${file.replace(/^[\w-]+\./, '')}`}-[hash].js`;
        },
      },
    },
    manifest: true,
  },
});
