/**
 * The part of the Wegwijzer that is loaded on demand, in parallel with the rule set (no step can be shown
 * without it): the eligibility engine, the question texts, the replayed path, the question, summary and result
 * pages, and the incentive card the result shows. The element's entry holds the wizard's state, its loading
 * and error states, and its styles, so a page pays for the rest while the rule set is on its way.
 */
import '../incentive-card/define';

export { evaluate } from '../../domain/engine';
export { questionView } from './question-text';
export { draftOf } from './questions-view';
export { buildResult, outcomeIds } from './result-view';
export { renderResult } from './result-page';
export { readAnswer, renderQuestion, renderSummary } from './steps-page';
export { sanitize, validAnswer } from './answers';
export { replay } from './replay';
export { WIZARD_OPTIONS } from './simulate';
export { stepStyles } from './wegwijzer-steps.styles';
