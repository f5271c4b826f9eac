import { fixture, html } from '@open-wc/testing';
import { useHandlers } from '../support/mock-api';
import { faultHandlers } from '../../mocks/scenarios';
import { createApiClient } from '../../src/api';
import { scaledWallet } from '../../mocks/personas';
import { CATALOGUE } from '../../mocks/catalogue';
import { buildWalletView } from '../../src/elements/wallet/wallet.logic';
import '../../src/elements/wallet/define';

describe('debug', () => {
  it('profiles', async function () {
    this.timeout(60000);
    useHandlers(...faultHandlers('huge', '/wallet', { hugeWalletEntitlements: 500 }));
    const api = createApiClient({ baseUrl: '/api/llr/v1', getToken: () => 'demo-large' });
    let t = performance.now();
    await api.getWallet();
    console.log('fetch+validate 500', performance.now() - t);
    const w = scaledWallet(500);
    t = performance.now();
    buildWalletView(w, CATALOGUE as any, { now: new Date(), staleAfterDays: 30 });
    console.log('view', performance.now() - t);
    const cat = CATALOGUE.incentives;
    t = performance.now();
    const wrapper = await fixture<HTMLDivElement>(html`<div>${w.entitlements.map((e) => html`<llr-incentive-card .incentive=${cat.find((c) => c.id === e.incentive)} .entitlement=${e}></llr-incentive-card>`)}</div>`);
    await Promise.all(Array.from(wrapper.children).map((c: any) => c.updateComplete));
    console.log('500 cards', performance.now() - t);
  });
});
