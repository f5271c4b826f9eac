import { safeDefine } from '../../shared/safe-define';
import { LlrTrainingIncentives } from './training-incentives';
// The explanation's <llr-incentive-card>s are defined by training-incentives.runtime.ts, loaded with the data.

safeDefine('llr-training-incentives', LlrTrainingIncentives);

declare global {
  interface HTMLElementTagNameMap {
    'llr-training-incentives': LlrTrainingIncentives;
  }
}
