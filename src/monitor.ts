/**
 * The monitor's own entry (`@llr/widgets/monitor`): the analysts' dashboard of usage signals, never part of the
 * citizens' embed (`llr-embed.js` does not know it) nor of `@llr/widgets/define`. No side effects: register the tag with
 * `@llr/widgets/elements/monitor/define.js`.
 */
export { LlrMonitor, type LlrMonitorEventMap, type MonitorChangeDetail } from './elements/monitor/monitor';
