import { safeDefine } from '../../shared/safe-define';
import { LlrTrainingIncentives } from './training-incentives';
// The explanation shows the person's balances as compact incentive cards.
import '../incentive-card/define';

safeDefine('llr-training-incentives', LlrTrainingIncentives);

declare global {
  interface HTMLElementTagNameMap {
    'llr-training-incentives': LlrTrainingIncentives;
  }
}
