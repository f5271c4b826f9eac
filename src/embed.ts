/**
 * llr-embed.js: the self-contained bundle for script-tag hosts.
 *
 *   <script type="module" src="…/llr-embed.js" data-api-base="https://…/v1" data-lang="nl"
 *           data-wallet-url="…" data-wegwijzer-url="…" data-login-url="…"></script>
 *
 * Reads its configuration from the data-* attributes of its own script tag, then defines all elements.
 * It writes no document-level CSS and never touches <html> or <body>.
 *
 * Everything else is loaded through a dynamic import, so a second copy of this bundle on the same page
 * stops here: it does not even evaluate its own Lit (whose Trusted Types policy name would clash).
 */
import { readScriptConfig, setScriptConfig } from './shared/config';

const LOADED = Symbol.for('llr:embed-loaded');
const registry = globalThis as typeof globalThis & { [LOADED]?: string };

function ownScript(): Element | null {
  const here = import.meta.url;
  for (const script of Array.from(document.querySelectorAll('script[src]'))) {
    if ((script as HTMLScriptElement).src === here) return script;
  }
  return null;
}

if (!registry[LOADED]) {
  registry[LOADED] = import.meta.url;
  setScriptConfig(readScriptConfig(ownScript()));
  await import('./define');
}
