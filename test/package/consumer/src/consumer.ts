/**
 * A host's TypeScript against the package's types: typed tags, properties, events (with their details), the API
 * client and the subpath entries. Each `@ts-expect-error` must meet an error, so wrong types are refused too.
 */
import '@llr/widgets/define';
import '@llr/widgets/elements/wallet/define.js';
import { createApiClient, LlrWallet, type ApiErrorKind, type WalletLoadDetail, type WegwijzerCompleteDetail } from '@llr/widgets';
import type { LlrWegwijzer } from '@llr/widgets/elements/wegwijzer/wegwijzer.js';

// HTMLElementTagNameMap: querySelector and createElement know our classes.
const wallet: LlrWallet | null = document.querySelector('llr-wallet');
const badge = document.createElement('llr-training-incentives');
const provider = document.createElement('llr-provider');
const wegwijzer: LlrWegwijzer = document.createElement('llr-wegwijzer');

// Properties, typed.
provider.apiBase = 'https://api.example.be/llr/v1';
provider.lang = 'fr';
provider.getToken = async () => 'token-from-the-portal';
provider.credentials = 'include';
badge.trainingId = 'boekhouden-voor-beginners';
badge.contactHours = 40;
badge.onError = 'hidden';
wegwijzer.headingLevel = 3;
wegwijzer.referenceDate = '2026-09-01';

// Events, typed on the element and on the document (they bubble and are composed).
const counts: number[] = [];
wallet?.addEventListener('llr-wallet-load', (event) => {
  const detail: WalletLoadDetail = event.detail;
  counts.push(detail.entitlements, detail.missingSources.length);
});
wallet?.addEventListener('llr-auth-required', (event) => {
  event.preventDefault();
  const url: string | undefined = event.detail.loginUrl;
  console.log(url);
});
badge.addEventListener('llr-training-incentives-error', (event) => {
  const kind: ApiErrorKind = event.detail.kind;
  console.log(kind, event.detail.source);
});
document.addEventListener('llr-wegwijzer-complete', (event) => {
  const detail: WegwijzerCompleteDetail = event.detail;
  console.log(detail.eligible.join(), detail.ruleSet);
});
wallet?.reload();

// The API client, for hosts that want the data themselves.
const client = createApiClient({ baseUrl: '/api/llr/v1', lang: 'nl' });
export const catalogue = client.getCatalogue();

// What the types refuse.
// @ts-expect-error a heading level is a number
wegwijzer.headingLevel = 'three';
// @ts-expect-error the wallet-load detail carries counts, never amounts
wallet?.addEventListener('llr-wallet-load', (event) => event.detail.amount);
// @ts-expect-error onError is 'quiet' or 'hidden'
badge.onError = 'loud';
// @ts-expect-error getToken returns a token or null
provider.getToken = () => 42;

export { counts };
