import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss, minifyCssLiterals, minifyHtmlLiterals, minifyLiterals } from '../../scripts/minify-literals.mjs';

describe('build-time minification of css`` and html`` literals', () => {
  it('removes comments and whitespace but keeps the meaning of selectors and values', () => {
    const css = `
      :host { display: block; /* reset */ color: var(--llr-color-text, #333332) !important; }
      .card :hover, .a > .b { margin: 0 0 1em; font-family: 'Flanders Art Sans', system-ui; }
      @media (min-width: 40em) and (prefers-reduced-motion: reduce) { .x::before { content: ''; } }
    `;
    assert.equal(
      minifyCss(css),
      ":host{display:block;color:var(--llr-color-text,#333332) !important}.card :hover,.a>.b{margin:0 0 1em;font-family:'Flanders Art Sans',system-ui}@media (min-width:40em) and (prefers-reduced-motion:reduce){.x::before{content:''}}",
    );
  });

  it('only touches css`` literals without interpolations or escapes', () => {
    const code = "const a = css`  .x { color: red; }  `;\nconst b = css`.y { width: ${w}; }`;\nconst c = html`<p>  two  spaces </p>`;";
    assert.equal(minifyCssLiterals(code), "const a = css`.x{color:red}`;\nconst b = css`.y { width: ${w}; }`;\nconst c = html`<p>  two  spaces </p>`;");
  });

  it('strips only the indentation after line breaks in html`` literals, also in nested ones', () => {
    const code = [
      'const t = html`<ul>',
      '    ${items.map((i) => html`<li class="a',
      '        b">${i}</li>`)}',
      "    ${ok ? '}  `quoted`' : { a: 1 }.a}",
      '  </ul>`;',
      'const plain = `keep',
      '    this`;',
      'const other = myhtml`not',
      '    ours`;',
      'const esc = html`a\\`',
      '    b`;',
    ].join('\n');
    assert.equal(
      minifyHtmlLiterals(code),
      [
        'const t = html`<ul>',
        '${items.map((i) => html`<li class="a',
        'b">${i}</li>`)}',
        "${ok ? '}  `quoted`' : { a: 1 }.a}",
        '</ul>`;',
        'const plain = `keep',
        '    this`;',
        'const other = myhtml`not',
        '    ours`;',
        'const esc = html`a\\`',
        'b`;',
      ].join('\n'),
    );
  });

  it('leaves code outside literals, and literals without line breaks, as they are', () => {
    const code = "if (a) {\n    return html`<p>${x}</p>`;\n  }\n  const c = css`  .x { color: red; }  `;";
    assert.equal(minifyLiterals(code), "if (a) {\n    return html`<p>${x}</p>`;\n  }\n  const c = css`.x{color:red}`;");
  });
});
