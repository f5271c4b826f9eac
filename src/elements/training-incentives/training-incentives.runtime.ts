/**
 * The part of the badge that is loaded on demand, in parallel with the course and the rule set (it is useless
 * without them): the domain's course outlook and net cost. The element's entry holds only the badge's frame and
 * texts. (The incentive cards of the personal explanation load when a citizen opens it.)
 */
export { anonymousView, personalHasNews, personalView } from './training-incentives.view';
