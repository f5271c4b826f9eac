/**
 * A hostile host page: 62.5 % root font, global resets, `* { box-sizing: content-box; line-height: 3 }`,
 * a foreign element that took one of our tag names first, and a second copy of our bundle.
 * Our elements must look the same (computed styles of key parts) and nothing may throw.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { startMockApi } from '../support/mock-api';

// Another script on the portal defined <llr-provider> before us (a name clash we must survive).
class ForeignProvider extends HTMLElement {}
customElements.define('llr-provider', ForeignProvider);

const uncaught: string[] = [];
window.addEventListener('error', (e) => uncaught.push(e.message));
window.addEventListener('unhandledrejection', (e) => uncaught.push(String(e.reason)));

const HOSTILE_CSS = `
  html { font-size: 62.5% !important; }
  * { box-sizing: content-box !important; line-height: 3 !important; }
  body { font: italic 30px/3 "Comic Sans MS", cursive; color: #f0f; letter-spacing: 4px; word-spacing: 9px; text-align: center; text-transform: uppercase; }
  button, a, p, h2, h3, li, span, div { margin: 40px !important; padding: 0 !important; font-size: 8px !important; color: red !important; }
  llr-wallet, llr-wegwijzer, llr-incentive-card, llr-training-incentives { line-height: 3; font-size: 9px; }
`;

const TAGS = ['llr-incentive-card', 'llr-wallet', 'llr-wegwijzer', 'llr-training-incentives'] as const;
const PROPS = ['font-size', 'line-height', 'font-family', 'font-style', 'letter-spacing', 'word-spacing', 'text-align', 'text-transform', 'color', 'box-sizing', 'margin-top', 'padding-left'] as const;

/** Computed styles of the element's first few rendered parts (headings, paragraphs, buttons, links). */
function snapshot(el: Element): Record<string, string>[] {
  const root = el.shadowRoot;
  if (!root) return [];
  const parts = Array.from(root.querySelectorAll('h2, h3, p, button, a, li, dt, dd, summary')).slice(0, 12);
  return parts.map((p) => {
    const cs = getComputedStyle(p);
    return Object.fromEntries(PROPS.map((k) => [k, cs.getPropertyValue(k)]));
  });
}

async function settled(el: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    await el.updateComplete;
    const busy = el.getAttribute('aria-busy') === 'true' || !!el.shadowRoot?.querySelector('[aria-busy="true"]');
    if (!busy && (el.shadowRoot?.textContent?.trim().length ?? 0) > 10) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('hostile host page', () => {
  before(async () => {
    await startMockApi();
    // Two copies: our source modules and the built embed bundle (a separate Lit and separate classes).
    await import('../../src/define');
    await import('/dist/embed/llr-embed.js' as string);
    await import('/dist/embed/llr-embed.js?copy=2' as string);
  });

  it('keeps the foreign <llr-provider> and still defines our other tags', () => {
    expect(customElements.get('llr-provider')).to.equal(ForeignProvider);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.exist;
  });

  for (const tag of TAGS) {
    it(`<${tag}> looks the same under hostile CSS`, async () => {
      const attrs = tag === 'llr-incentive-card' ? 'opleidingscheques' : tag === 'llr-training-incentives' ? 'boekhouden-voor-beginners' : '';
      const el = await fixture<HTMLElement>(
        tag === 'llr-incentive-card'
          ? html`<llr-incentive-card incentive-id=${attrs}></llr-incentive-card>`
          : tag === 'llr-training-incentives'
            ? html`<llr-training-incentives training-id=${attrs}></llr-training-incentives>`
            : tag === 'llr-wallet'
              ? html`<llr-wallet></llr-wallet>`
              : html`<llr-wegwijzer></llr-wegwijzer>`,
      );
      await settled(el);
      const clean = snapshot(el);
      expect(clean.length, 'rendered parts').to.be.greaterThan(0);

      const style = document.createElement('style');
      style.textContent = HOSTILE_CSS;
      document.head.append(style);
      try {
        const hostile = snapshot(el);
        expect(hostile).to.deep.equal(clean);
        expect(getComputedStyle(el).fontSize).to.equal('16px');
      } finally {
        style.remove();
      }
    });
  }

  it('threw nothing', () => {
    expect(uncaught).to.deep.equal([]);
  });
});
