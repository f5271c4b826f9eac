import { safeDefine } from '../../shared/safe-define';
import { LlrIncentiveCard } from './incentive-card';

safeDefine('llr-incentive-card', LlrIncentiveCard);

declare global {
  interface HTMLElementTagNameMap {
    'llr-incentive-card': LlrIncentiveCard;
  }
}
