/**
 * Configuration precedence (element attribute → nearest <llr-provider> → embed script data-* → default)
 * and language resolution (own lang → closest [lang] ancestor → <html lang> → nl), observed through the
 * requests the real elements make and the language they render in.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { seenRequests } from '../support/mock-api';
import { getScriptConfig, readScriptConfig, setScriptConfig } from '../../src/shared/config';
import { captureSignals } from '../support/usage-signals';
import '../../src/define';
import { LlrProvider } from '../../src/elements/provider/provider';

const cardRequest = () => seenRequests('/incentives').at(-1) ?? '';

describe('configuration precedence', () => {
  afterEach(() => setScriptConfig({}));

  it('uses the default API base when nothing is configured', async () => {
    await fixture(html`<llr-incentive-card incentive-id="opleidingscheques"></llr-incentive-card>`);
    await waitUntil(() => cardRequest() !== '', 'card requested its entry');
    expect(cardRequest()).to.match(/^GET \/api\/llr\/v1\/incentives/);
  });

  it('takes the embed script data-* over the default, the provider over the script, the attribute over all', async () => {
    const script = document.createElement('script');
    script.setAttribute('data-api-base', '/from-script/v1');
    script.setAttribute('data-lang', 'fr');
    setScriptConfig(readScriptConfig(script));
    expect(getScriptConfig()).to.deep.equal({ apiBase: '/from-script/v1', lang: 'fr' });

    await fixture(html`<llr-incentive-card incentive-id="opleidingscheques"></llr-incentive-card>`);
    await waitUntil(() => cardRequest().includes('/from-script/v1/'), 'script config used');

    await fixture(html`<llr-provider api-base="/from-provider/v1"><llr-incentive-card incentive-id="opleidingscheques"></llr-incentive-card></llr-provider>`);
    await waitUntil(() => cardRequest().includes('/from-provider/v1/'), 'provider config used');

    await fixture(
      html`<llr-provider api-base="/from-provider/v1"><llr-incentive-card api-base="/api/llr/v1" incentive-id="opleidingscheques"></llr-incentive-card></llr-provider>`,
    );
    await waitUntil(() => cardRequest().startsWith('GET /api/llr/v1/'), 'attribute used');
  });
});

describe('the usage host (usage-host)', () => {
  afterEach(() => setScriptConfig({}));

  it('comes from the element, else its provider, else the embed script (data-usage-host)', async () => {
    const signals = captureSignals();
    const script = document.createElement('script');
    script.setAttribute('data-usage-host', 'vdab');
    setScriptConfig(readScriptConfig(script));
    expect(getScriptConfig()).to.deep.equal({ usageHost: 'vdab' });
    const loginShown = (el: Element) => waitUntil(() => el.shadowRoot?.querySelector('[part="login-link"]'), 'login prompt', { timeout: 5000 });
    // Anonymous wallets: each shows the login prompt, a `wallet-shown` signal.
    await loginShown(await fixture(html`<llr-wallet usage-events></llr-wallet>`));
    const provided = await fixture(html`<llr-provider usage-host="burgerprofiel"><llr-wallet usage-events></llr-wallet></llr-provider>`);
    await loginShown(provided.querySelector('llr-wallet')!);
    const own = await fixture(html`<llr-provider usage-host="burgerprofiel"><llr-wallet usage-events usage-host="vdab"></llr-wallet></llr-provider>`);
    await loginShown(own.querySelector('llr-wallet')!);
    await signals.flush(2);
    expect(signals.batches.map((b) => [b.host, b.events.length])).to.deep.equal([
      ['vdab', 2],
      ['burgerprofiel', 1],
    ]);
  });
});

describe('a provider defined after the elements inside it', () => {
  it('still gives them its configuration (a single-page app adding <llr-provider> later)', async () => {
    // A provider tag nobody has defined yet: the card inside asks for its configuration before a provider exists.
    await fixture(html`<llr-provider-late api-base="/from-late-provider/v1"><llr-incentive-card incentive-id="opleidingscheques"></llr-incentive-card></llr-provider-late>`);
    await waitUntil(() => cardRequest() !== '', 'card requested its entry');
    customElements.define('llr-provider-late', class extends LlrProvider {});
    await waitUntil(() => cardRequest().includes('/from-late-provider/v1/'), 'the late provider configuration reached the card', { timeout: 5000 });
  });
});

describe('language resolution', () => {
  const rendered = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

  it('follows the closest [lang] ancestor when the element has none, and its own lang first', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><llr-wallet></llr-wallet></div>`);
    const wallet = wrapper.querySelector('llr-wallet')!;
    await waitUntil(() => /Log in|log in/.test(rendered(wallet)), 'English login prompt', { timeout: 5000 });

    wallet.setAttribute('lang', 'fr');
    await waitUntil(() => /Connectez-vous|connecter/i.test(rendered(wallet)), 'French after lang="fr"', { timeout: 5000 });
    expect(document.documentElement.getAttribute('lang')).to.not.equal('fr');
  });

  it('adds no attributes to the host element: no lang="" that would mark its language unknown', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><llr-incentive-card incentive-id="opleidingscheques"></llr-incentive-card></div>`);
    const card = wrapper.querySelector('llr-incentive-card')!;
    await waitUntil(() => rendered(card).length > 20, 'card rendered', { timeout: 5000 });
    expect(card.getAttributeNames().sort()).to.deep.equal(['incentive-id']);
    card.lang = 'fr';
    await waitUntil(() => card.shadowRoot?.querySelector('[lang="fr"]') !== null, 'renders in French from the lang property', { timeout: 5000 });
  });
});
