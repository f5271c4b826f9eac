import { safeDefine } from '../../shared/safe-define';
import { LlrWallet } from './wallet';
// The wallet's <llr-incentive-card>s are defined with its data (see `cards` in wallet.ts).

safeDefine('llr-wallet', LlrWallet);

declare global {
  interface HTMLElementTagNameMap {
    'llr-wallet': LlrWallet;
  }
}
