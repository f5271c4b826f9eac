import { safeDefine } from '../../shared/safe-define';
import { LlrMonitor } from './monitor';
// The analysts' element: its own entry (`@llr/widgets/elements/monitor/define.js`), never in src/define.ts or
// llr-embed.js, which are for citizens' pages.

safeDefine('llr-monitor', LlrMonitor);

declare global {
  interface HTMLElementTagNameMap {
    'llr-monitor': LlrMonitor;
  }
}
