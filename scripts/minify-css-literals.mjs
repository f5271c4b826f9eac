/**
 * Minifies the static CSS inside Lit `css\`…\`` literals at build time (Vite plugin and esbuild plugin), since
 * neither bundler touches template literals. Only whitespace and comments are removed, with rules that are
 * safe for CSS (no space is removed before a colon, so `a :hover` keeps its meaning); literals with
 * `${…}` interpolations are left as they are.
 */
import { readFile } from 'node:fs/promises';

export function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyCssLiterals(code) {
  return code.replace(/\bcss`([^`]*)`/g, (whole, body) => (body.includes('${') || body.includes('\\') ? whole : `css\`${minifyCss(body)}\``));
}

/** Vite / Rolldown plugin. */
export function minifyCssLiteralsPlugin() {
  return {
    name: 'llr-minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: minifyCssLiterals(code), map: null };
    },
  };
}

/** esbuild plugin (the bench bundles element entries with esbuild). */
export function minifyCssLiteralsEsbuild() {
  return {
    name: 'llr-minify-css-literals',
    setup(build) {
      build.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('css`')) return undefined;
        return { contents: minifyCssLiterals(source), loader: 'ts' };
      });
    },
  };
}
