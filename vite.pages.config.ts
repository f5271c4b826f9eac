import { defineConfig, type Plugin } from 'vite';
import { minifyLiteralsPlugin } from './scripts/minify-literals-plugin.mjs';
import { resolve } from 'node:path';

/**
 * The embedded pages for Mijn Burgerprofiel (dist/pages/embed/wallet.html and wegwijzer.html, their code in
 * dist/pages/assets/): a site of their own, deployed on the LLR origin and framed by the portal. Not the demo (no
 * mock API, no demo controls) and not the npm package (a site, not a library; startEmbeddedPage and the host
 * adapter are in the package for those who build their own page). Relative URLs: it can be hosted under any path.
 *
 * The portals that may hand over a token are set at build time:
 *   LLR_EMBED_ALLOWED_ORIGINS="https://www.burgerprofiel.be https://test.burgerprofiel.be" npm run build
 * (the same origins belong in the server's Content-Security-Policy `frame-ancestors`; docs/embedding.md).
 */
const root = import.meta.dirname;

/** Writes LLR_EMBED_ALLOWED_ORIGINS into each page's <meta name="llr-allowed-origins">. */
function allowedOrigins(): Plugin {
  const origins = (process.env.LLR_EMBED_ALLOWED_ORIGINS ?? '').trim();
  return {
    name: 'llr-embed-allowed-origins',
    transformIndexHtml: (html) =>
      html.replace(/(<meta name="llr-allowed-origins" content=")[^"]*(")/, (_match, start: string, end: string) => `${start}${origins.replace(/["<>&]/g, '')}${end}`),
  };
}

export default defineConfig({
  plugins: [minifyLiteralsPlugin(), allowedOrigins()],
  define: { __LLR_DEMO_MSW__: 'false' },
  publicDir: false,
  base: './',
  build: {
    outDir: 'dist/pages',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: {
        wallet: resolve(root, 'embed/wallet.html'),
        wegwijzer: resolve(root, 'embed/wegwijzer.html'),
      },
    },
  },
});
