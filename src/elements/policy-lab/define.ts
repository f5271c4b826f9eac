import { safeDefine } from '../../shared/safe-define';
import { LlrPolicyLab } from './policy-lab';

safeDefine('llr-policy-lab', LlrPolicyLab);

declare global {
  interface HTMLElementTagNameMap {
    'llr-policy-lab': LlrPolicyLab;
  }
}
