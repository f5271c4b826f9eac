import { safeDefine } from '../../shared/safe-define';
import { LlrWegwijzer } from './wegwijzer';
// The result page shows each incentive as an <llr-incentive-card>.
import '../incentive-card/define';

safeDefine('llr-wegwijzer', LlrWegwijzer);

declare global {
  interface HTMLElementTagNameMap {
    'llr-wegwijzer': LlrWegwijzer;
  }
}
