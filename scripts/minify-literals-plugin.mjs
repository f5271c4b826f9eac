// Kept by hand (a few lines): minify-literals has no Vite or esbuild plugin of its own; this only hands it our files.
/**
 * Minifies the static text of Lit's html`` and css`` template literals at build time with the `minify-literals`
 * library (html-minifier-next for HTML, Lightning CSS for CSS), since no bundler touches template literals: source
 * templates stay indented for people at no cost to citizens.
 *
 * - HTML whitespace is collapsed conservatively: a run of whitespace becomes one space, never none, so no text
 *   or inline element moves closer to its neighbour than in the source.
 * - CSS is written for the first browsers with container queries (which the elements need anyway), so Lightning
 *   CSS keeps `min-width` media queries rather than the range syntax older Safari cannot read.
 */
import { readFile } from 'node:fs/promises';
import { minifyHTMLLiterals } from 'minify-literals';

/** Lightning CSS version numbers: major << 16 | minor << 8. */
const version = (major, minor = 0) => (major << 16) | (minor << 8);

/** Lightning CSS targets: the first browsers with container queries. Also used for llr-embed.css (vite.embed.config.ts). */
export const CSS_TARGETS = { chrome: version(105), edge: version(105), firefox: version(110), safari: version(16), ios_saf: version(16) };

export const MINIFY_OPTIONS = { html: { conservativeCollapse: true }, css: { targets: CSS_TARGETS } };

/** Our own modules (and the generated locale modules) that may hold html`` or css`` literals. */
const OWN_SOURCE = /\/src\/.*\.ts$/;
const hasLiterals = (code) => code.includes('html`') || code.includes('css`');

/** The minified code (with a source map), or null when nothing changed. */
export function minifyLiterals(code, fileName) {
  return minifyHTMLLiterals(code, { ...MINIFY_OPTIONS, fileName });
}

/** Vite / Rolldown plugin (the three builds). */
export function minifyLiteralsPlugin() {
  return {
    name: 'llr-minify-literals',
    apply: 'build',
    transform(code, id) {
      if (!OWN_SOURCE.test(id) || !hasLiterals(code)) return null;
      return minifyLiterals(code, id);
    },
  };
}

/** esbuild plugin (the bench bundles element entries with esbuild). */
export function minifyLiteralsEsbuild() {
  return {
    name: 'llr-minify-literals',
    setup(build) {
      build.onLoad({ filter: OWN_SOURCE }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!hasLiterals(source)) return undefined;
        const result = await minifyLiterals(source, args.path);
        return { contents: result?.code ?? source, loader: 'ts' };
      });
    },
  };
}
