/**
 * The part of the badge that is loaded on demand, in parallel with the course and the rule set (it is useless
 * without them): the domain's course outlook and net cost, and the incentive card the personal explanation
 * shows. The element's entry holds only the badge's frame and texts.
 */
import '../incentive-card/define';

export { anonymousView, personalHasNews, personalView } from './training-incentives.view';
