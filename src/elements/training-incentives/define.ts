import { safeDefine } from '../../shared/safe-define';
import { LlrTrainingIncentives } from './training-incentives';
// The explanation's <llr-incentive-card>s are defined when a citizen first opens it (loadCard in the element).

safeDefine('llr-training-incentives', LlrTrainingIncentives);

declare global {
  interface HTMLElementTagNameMap {
    'llr-training-incentives': LlrTrainingIncentives;
  }
}
