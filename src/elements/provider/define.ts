import { safeDefine } from '../../shared/safe-define';
import { LlrProvider } from './provider';

safeDefine('llr-provider', LlrProvider);

declare global {
  interface HTMLElementTagNameMap {
    'llr-provider': LlrProvider;
  }
}
