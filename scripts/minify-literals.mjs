/**
 * Minifies the static text of Lit template literals at build time (Vite plugin and esbuild plugin), since
 * neither bundler touches template literals, so source templates can be indented for people at no cost:
 *
 * - `css\`…\``: whitespace and comments are removed, with rules that are safe for CSS (no space is removed
 *   before a colon, so `a :hover` keeps its meaning); literals with `${…}` interpolations are left as they are.
 * - `html\`…\``: only the indentation after a line break is removed (a line break and spaces become one line
 *   break). HTML collapses any run of whitespace to one space, so nothing renders differently; no template of
 *   ours is inside `<pre>` or `<textarea>`. Nested templates inside `${…}` are treated the same way.
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

/**
 * Removes the indentation after line breaks in the static parts of every html`…` literal. A small scanner (not a
 * regular expression) finds where each literal's static text ends: it skips escapes, and inside `${…}` it keeps
 * track of braces, strings, comments and nested templates.
 */
export function minifyHtmlLiterals(code) {
  let out = '';
  let i = 0;
  while (i < code.length) {
    const at = code.indexOf('html`', i);
    if (at < 0 || (at > 0 && /[\w$.]/.test(code[at - 1]))) {
      if (at < 0) return out + code.slice(i);
      out += code.slice(i, at + 5);
      i = at + 5;
      continue;
    }
    out += code.slice(i, at + 5);
    const end = scanTemplate(code, at + 5, true);
    out += end.text;
    i = end.index;
  }
  return out;
}

/** From just after an opening backtick to just after its closing one; returns the (minified) text and the index. */
function scanTemplate(code, start, minify) {
  let text = '';
  let chunk = '';
  let i = start;
  const flush = () => {
    text += minify ? chunk.replace(/\n[ \t]+/g, '\n') : chunk;
    chunk = '';
  };
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      chunk += code.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      flush();
      return { text: text + '`', index: i + 1 };
    } else if (c === '$' && code[i + 1] === '{') {
      flush();
      const expr = scanExpression(code, i + 2);
      text += '${' + expr.text;
      i = expr.index;
    } else {
      chunk += c;
      i += 1;
    }
  }
  flush();
  return { text, index: i };
}

/** From just after `${` to just after its closing `}`; nested html`` literals are minified too. */
function scanExpression(code, start) {
  let text = '';
  let depth = 0;
  let i = start;
  while (i < code.length) {
    const c = code[i];
    if (c === '`') {
      const nested = code.slice(Math.max(0, i - 4), i) === 'html' && !/[\w$.]/.test(code[i - 5] ?? '');
      const t = scanTemplate(code, i + 1, nested);
      text += '`' + t.text;
      i = t.index;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < code.length && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      text += code.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && code[i + 1] === '/') {
      const j = code.indexOf('\n', i);
      const stop = j < 0 ? code.length : j;
      text += code.slice(i, stop);
      i = stop;
    } else if (c === '/' && code[i + 1] === '*') {
      const j = code.indexOf('*/', i + 2);
      const stop = j < 0 ? code.length : j + 2;
      text += code.slice(i, stop);
      i = stop;
    } else if (c === '{') {
      depth += 1;
      text += c;
      i += 1;
    } else if (c === '}') {
      if (depth === 0) return { text: text + '}', index: i + 1 };
      depth -= 1;
      text += c;
      i += 1;
    } else {
      text += c;
      i += 1;
    }
  }
  return { text, index: i };
}

/** Both: what the plugins apply to each source module. */
export function minifyLiterals(code) {
  let out = code.includes('css`') ? minifyCssLiterals(code) : code;
  if (out.includes('html`')) out = minifyHtmlLiterals(out);
  return out;
}

/** Vite / Rolldown plugin. */
export function minifyLiteralsPlugin() {
  return {
    name: 'llr-minify-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !(code.includes('css`') || code.includes('html`'))) return null;
      return { code: minifyLiterals(code), map: null };
    },
  };
}

/** esbuild plugin (the bench bundles element entries with esbuild). */
export function minifyLiteralsEsbuild() {
  return {
    name: 'llr-minify-literals',
    setup(build) {
      build.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!(source.includes('css`') || source.includes('html`'))) return undefined;
        return { contents: minifyLiterals(source), loader: 'ts' };
      });
    },
  };
}
