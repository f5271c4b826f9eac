/**
 * <llr-wallet> when the code of its incentive cards (loaded with the data) cannot be loaded: the offline error, whose
 * retry loads it again; the login prompt needs no card and still works. A file of its own: the card must not have
 * been loaded in this page before.
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
const CARD_MODULE = new URL('../../src/elements/incentive-card/define.ts', import.meta.url).href;

/**
 * The precondition, checked rather than assumed (this test once flaked under a heavily loaded CI machine with the
 * cards loaded anyway): the card is not defined in this page yet, and the mock API refuses its module right now.
 */
async function cardModuleRefused(): Promise<void> {
  expect(customElements.get('llr-incentive-card'), 'the card was loaded in this page before the test').to.equal(undefined);
  await waitUntil(() => fetch(CARD_MODULE, { cache: 'no-store' }).then(() => false, () => true), 'the mock API refuses the card module', { timeout: 8000 });
}

beforeEach(() => clearApiCache());

describe('llr-wallet: its cards cannot be loaded', () => {
  it('the wallet shows the offline error and retry loads the cards; the login prompt works without them', async () => {
    useHandlers(http.get('*/incentive-card/define.ts', () => HttpResponse.error()));
    await cardModuleRefused();
    const wallet = mount('low-educated-employee');
    const anonymous = mount(null);
    await settled(wallet);
    await settled(anonymous);
    expect(deepText(wallet)).to.include(OFFLINE);
    expect(wallet.shadowRoot!.querySelector('.notice.error button')?.textContent?.trim()).to.equal('Probeer opnieuw');
    expect(wallet.shadowRoot!.querySelector('section.help'), 'help channels').to.exist;
    expect(wallet.shadowRoot!.querySelectorAll('llr-incentive-card'), 'never data without its cards').to.have.length(0);
    await expect(wallet).to.be.accessible();
    expect(deepText(anonymous)).not.to.include(OFFLINE);
    expect(anonymous.shadowRoot!.querySelector('a[part="login-link"]'), 'the login prompt needs no card').to.exist;

    clearFaults();
    wallet.shadowRoot!.querySelector<HTMLButtonElement>('.notice.error button')!.click();
    await waitUntil(() => !!wallet.shadowRoot!.querySelector('section.money llr-incentive-card'), 'cards after retry', { timeout: 8000 });
    await settled(wallet);
    expect(deepText(wallet)).to.include('Opleidingscheques Nog 276 dagen: € 75 vervalt op 31 augustus 2027.');
    expect(deepText(wallet)).not.to.include(OFFLINE);
    expect(customElements.get('llr-incentive-card'), 'the retry defined the card').to.exist;
  });
});
