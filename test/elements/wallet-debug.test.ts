import { fixture, html, waitUntil } from '@open-wc/testing';
import { useHandlers } from '../support/mock-api';
import { faultHandlers } from '../../mocks/scenarios';
import '../../src/elements/wallet/define';

describe('debug', () => {
  for (const w of [320, 800]) for (const p of ['low-educated-employee', 'partial-sources', 'large']) it('measures ' + w + p, async function () {
    this.timeout(20000);
    useHandlers(...faultHandlers('slow', '/wallet', { slowMs: 1000 }));
    const host = await fixture<HTMLDivElement>(html`<div style="width:${w}px"><llr-wallet .getToken=${() => 'demo-' + p}></llr-wallet></div>`);
    const el = host.querySelector('llr-wallet')!;
    await el.updateComplete;
    const before = el.getBoundingClientRect().height;
    await waitUntil(() => el.shadowRoot!.querySelectorAll('llr-incentive-card').length > 0, '', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 200));
    const cards = Array.from(el.shadowRoot!.querySelectorAll('section.pillar llr-incentive-card')).map((c) => Math.round(c.getBoundingClientRect().height));
    const secs = Array.from(el.shadowRoot!.querySelectorAll('section > section, section > div, section > p')).map((c) => c.className + ':' + Math.round(c.getBoundingClientRect().height));
    console.log(w, p, 'skeleton', before, 'loaded', el.getBoundingClientRect().height, 'cards', cards.join(','), secs.join(' '));
  });
});
