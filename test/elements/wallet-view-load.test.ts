/**
 * <llr-wallet> when its on-demand views (wallet.view.ts) cannot be loaded: the offline error, whose retry loads
 * them again. A file of its own: the views must not have been loaded in this page before.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { useHandlers, clearFaults } from '../support/mock-api';
import { clearApiCache } from '../../src/api';
import '../../src/elements/wallet/define';
import type { LlrWallet } from '../../src/elements/wallet/wallet';
import { deepText } from '../support/dom';
import '../support/uncaught';

const settled = (el: LlrWallet) =>
  waitUntil(() => !!el.shadowRoot?.querySelector('#wallet-title') && !el.shadowRoot.querySelector('[aria-busy="true"]'), 'wallet settled', { timeout: 8000 });

function mount(persona: string | null): LlrWallet {
  const token = persona ? () => `demo-${persona}` : undefined;
  const wrapper = fixtureSync<HTMLDivElement>(html`<div>
    <llr-wallet lang="nl" login-url="https://login.example.be/aanmelden" .getToken=${token}></llr-wallet>
  </div>`);
  return wrapper.querySelector('llr-wallet')!;
}

const OFFLINE = 'Je bent niet verbonden met het internet.';

beforeEach(() => clearApiCache());

describe('llr-wallet: its views cannot be loaded', () => {
  it('the wallet and the login prompt show the offline error; retry loads the views', async () => {
    useHandlers(http.get('*/wallet.view.ts', () => HttpResponse.error()));
    const wallet = mount('low-educated-employee');
    const anonymous = mount(null);
    await settled(wallet);
    await settled(anonymous);
    for (const el of [wallet, anonymous]) {
      expect(deepText(el)).to.include(OFFLINE);
      expect(el.shadowRoot!.querySelector('.notice.error button')?.textContent?.trim()).to.equal('Probeer opnieuw');
      expect(el.shadowRoot!.querySelector('section.help'), 'help channels').to.exist;
    }
    expect(wallet.shadowRoot!.querySelectorAll('llr-incentive-card'), 'never data without its views').to.have.length(0);
    expect(anonymous.shadowRoot!.querySelector('[part="login-link"]')).to.equal(null);
    await expect(wallet).to.be.accessible();

    clearFaults();
    wallet.shadowRoot!.querySelector<HTMLButtonElement>('.notice.error button')!.click();
    await waitUntil(() => !!wallet.shadowRoot!.querySelector('section.money llr-incentive-card'), 'cards after retry', { timeout: 8000 });
    await settled(wallet);
    expect(deepText(wallet)).to.include('Opleidingscheques Nog 276 dagen: € 75 vervalt op 31 augustus 2027.');
    expect(deepText(wallet)).not.to.include(OFFLINE);
    expect(customElements.get('llr-incentive-card'), 'the views define the card').to.exist;
    anonymous.shadowRoot!.querySelector<HTMLButtonElement>('.notice.error button')!.click();
    await waitUntil(() => !!anonymous.shadowRoot!.querySelector('a[part="login-link"]'), 'login link after retry', { timeout: 8000 });
    expect(deepText(anonymous)).not.to.include(OFFLINE);
  });
});
