import { safeDefine } from '../../shared/safe-define';
import { LlrWegwijzer } from './wegwijzer';
// The result page's <llr-incentive-card> is defined by wegwijzer.engine.ts, loaded with the rule set.

safeDefine('llr-wegwijzer', LlrWegwijzer);

declare global {
  interface HTMLElementTagNameMap {
    'llr-wegwijzer': LlrWegwijzer;
  }
}
