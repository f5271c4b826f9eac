import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss, minifyCssLiterals } from '../../scripts/minify-css-literals.mjs';

describe('build-time minification of css`` literals', () => {
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
});
