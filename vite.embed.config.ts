import { defineConfig } from 'vite';
import { minifyCssLiteralsPlugin } from './scripts/minify-css-literals.mjs';
import { resolve } from 'node:path';

/** llr-embed.js: one self-contained, minified ES module for script-tag hosts. */
export default defineConfig({
  plugins: [minifyCssLiteralsPlugin()],
  build: {
    outDir: 'dist/embed',
    copyPublicDir: false,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: { entry: resolve(import.meta.dirname, 'src/embed.ts'), formats: ['es'], fileName: () => 'llr-embed.js' },
    rolldownOptions: { output: { minify: true, inlineDynamicImports: true } },
  },
});
