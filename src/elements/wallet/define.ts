import { safeDefine } from '../../shared/safe-define';
import { LlrWallet } from './wallet';
// The wallet's <llr-incentive-card>s are defined by wallet.view.ts, loaded with the data.

safeDefine('llr-wallet', LlrWallet);

declare global {
  interface HTMLElementTagNameMap {
    'llr-wallet': LlrWallet;
  }
}
