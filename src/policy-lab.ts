/**
 * The policy lab's own entry (`@llr/widgets/policy-lab`): the analysts' element, never part of the citizens' embed
 * (`llr-embed.js` does not know it) nor of `@llr/widgets/define`. No side effects: register the tag with
 * `@llr/widgets/elements/policy-lab/define.js`. It carries the project's rule sets, the synthetic population and the
 * comparison, and starts its own Web Worker.
 */
export { LlrPolicyLab, type LlrPolicyLabEventMap, type PolicyLabResultDetail, type PolicyLabRunDetail } from './elements/policy-lab/policy-lab';
export { runLab, type LabRequest, type LabResult, type LabProgress } from './domain/compare/lab';
