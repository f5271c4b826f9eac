import { safeDefine } from '../../shared/safe-define';
import '../incentive-card/define';
import { LlrWallet } from './wallet';

safeDefine('llr-wallet', LlrWallet);

declare global {
  interface HTMLElementTagNameMap {
    'llr-wallet': LlrWallet;
  }
}
