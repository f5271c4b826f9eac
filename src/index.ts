/**
 * The npm package's main entry: element classes, the API client and the domain, with no side effects.
 * Import `@llr/widgets/define` (all tags) or `@llr/widgets/elements/<name>/define.js` to register tags.
 */
export { LlrProvider } from './elements/provider/provider';
export { safeDefine, LLR_VERSION } from './shared/safe-define';
export { configContext, type LlrConfig } from './shared/config';
export * from './api';
export { LlrIncentiveCard, type IncentiveCardVariant } from './elements/incentive-card/incentive-card';
export { LlrWallet, DEFAULT_HELP, type AuthRequiredDetail, type WalletLoadDetail } from './elements/wallet/wallet';
export { LlrTrainingIncentives, type TrainingIncentivesErrorDetail, type TrainingIncentivesToggleDetail, type TrainingIncentivesOnError } from './elements/training-incentives/training-incentives';
export { LlrWegwijzer, type WegwijzerStepDetail, type WegwijzerCompleteDetail } from './elements/wegwijzer/wegwijzer';
// Embedded pages (Mijn Burgerprofiel's iframe or webview): the page logic and the postMessage host adapter.
export { startEmbeddedPage, type EmbeddedPageOptions } from './embed-page/page';
export { postMessageHost, parseAllowedOrigins, type EmbedHost, type PostMessageHostOptions } from './embed-page/host';
