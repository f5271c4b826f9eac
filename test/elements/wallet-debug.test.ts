import { fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { scaledWallet } from '../../mocks/personas';
import { CATALOGUE } from '../../mocks/catalogue';
import '../../src/elements/wallet/define';

describe('debug', () => {
  it('profiles', async function () {
    this.timeout(60000);
    const w = scaledWallet(300);
    const cat = CATALOGUE.incentives;
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    for (const variant of ['full', 'compact', 'full', 'compact']) {
      let t = performance.now();
      render(html`${w.entitlements.map((e) => html`<llr-incentive-card variant=${variant} .incentive=${cat.find((c) => c.id === e.incentive)} .entitlement=${e}></llr-incentive-card>`)}`, host);
      const t1 = performance.now();
      await Promise.all(Array.from(host.children).map((c: any) => c.updateComplete));
      const t2 = performance.now();
      host.getBoundingClientRect();
      const t3 = performance.now();
      console.log(variant, 'create', t1 - t, 'update', t2 - t1, 'layout', t3 - t2);
      render(html``, host);
    }
    let t = performance.now();
    render(html`${w.entitlements.map((e) => html`<div><p>${e.id}</p></div>`)}`, host);
    console.log('plain', performance.now() - t);
  });
});
