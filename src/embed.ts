/**
 * llr-embed.js: the self-contained bundle for script-tag hosts.
 *
 *   <script type="module" src="…/llr-embed.js" data-api-base="https://…/v1" data-lang="nl"
 *           data-wallet-url="…" data-wegwijzer-url="…" data-login-url="…"></script>
 *
 * Reads its configuration from the data-* attributes of its own script tag, then defines all elements.
 * It writes no document-level CSS and never touches <html> or <body>.
 */
import { readScriptConfig, setScriptConfig } from './shared/config';

function ownScript(): Element | null {
  const here = import.meta.url;
  for (const script of Array.from(document.querySelectorAll('script[src]'))) {
    const src = (script as HTMLScriptElement).src;
    if (src === here) return script;
  }
  return document.querySelector('script[data-llr-embed]');
}

setScriptConfig(readScriptConfig(ownScript()));
await import('./define');
