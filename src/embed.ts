/**
 * llr-embed.js: the bundle for script-tag hosts.
 *
 *   <script type="module" src="…/llr-embed.js" data-api-base="https://…/v1" data-lang="nl"
 *           data-wallet-url="…" data-wegwijzer-url="…" data-login-url="…"></script>
 *
 * Reads its configuration from the data-* attributes of its own script tag. It then loads and defines only the
 * elements the page uses: those in the document now, and those the host adds later (a MutationObserver on the
 * document). Each element's code is a chunk beside this file (chunks/), so a course catalogue with badges never
 * downloads the wallet or the Wegwijzer. Elements the host renders inside its OWN shadow roots cannot be seen
 * from the document: name them in `data-elements="llr-wallet llr-wegwijzer"` (or `data-elements="all"`).
 *
 * Until an element's chunk has arrived, the element holds the height of its own loading state (one constructed
 * stylesheet on the document with `llr-…:not(:defined)` rules, nothing else: src/llr-embed.css), so the
 * host page does not jump when it upgrades. The same rules ship as llr-embed.css, for hosts that link it in
 * their <head> (render-blocking, so even the first paint has the space). Apart from that it writes no
 * document-level CSS and never touches <html> or <body>.
 *
 * Everything else is loaded through a dynamic import, so a second copy of this bundle on the same page
 * stops here: it does not even evaluate its own Lit (whose Trusted Types policy name would clash).
 */
import { readScriptConfig, setScriptConfig } from './shared/config';
import RESERVE_CSS from './llr-embed.css?inline';
import { safeDefine } from './shared/safe-define';

const LOADED = Symbol.for('llr:embed-loaded');
const registry = globalThis as typeof globalThis & { [LOADED]?: string };

/**
 * Every tag and the chunk with its class. The loader defines the classes itself (see `load`), so the chunks can be
 * fetched in parallel and still be defined in this order.
 */
const ELEMENTS = {
  'llr-provider': () => import('./elements/provider/provider').then((m) => m.LlrProvider),
  'llr-incentive-card': () => import('./elements/incentive-card/incentive-card').then((m) => m.LlrIncentiveCard),
  'llr-wallet': () => import('./elements/wallet/wallet').then((m) => m.LlrWallet),
  'llr-training-incentives': () => import('./elements/training-incentives/training-incentives').then((m) => m.LlrTrainingIncentives),
  'llr-wegwijzer': () => import('./elements/wegwijzer/wegwijzer').then((m) => m.LlrWegwijzer),
} as const;
type Tag = keyof typeof ELEMENTS;
const TAGS = Object.keys(ELEMENTS) as Tag[];
const SELECTOR = TAGS.join(',');

function ownScript(): Element | null {
  const here = import.meta.url;
  for (const script of Array.from(document.querySelectorAll('script[src]'))) {
    if ((script as HTMLScriptElement).src === here) return script;
  }
  return null;
}

/** The tags named in `data-elements` ("all", or tags separated by spaces or commas); unknown names are ignored. */
function namedTags(value: string | null): Tag[] {
  const names = (value ?? '').split(/[\s,]+/).filter(Boolean);
  if (names.includes('all')) return TAGS;
  return TAGS.filter((t) => names.includes(t));
}

const requested = new Set<Tag>();
/** The definitions so far: a later batch (elements the host adds) is defined after an earlier one. */
let defined: Promise<unknown> = Promise.resolve();

function load(tags: readonly Tag[]): void {
  const fresh = tags.filter((tag) => !requested.has(tag));
  if (!fresh.length) return;
  for (const tag of fresh) requested.add(tag);
  // All chunks are fetched at once; the classes are defined in the order of ELEMENTS, the provider first, so the
  // elements inside it find their configuration when they connect (and fetch once, from the right API).
  const classes = fresh.map((tag) => ELEMENTS[tag]());
  defined = defined.then(() =>
    Promise.allSettled(classes).then((results) =>
      results.forEach((result, i) => {
        const tag = fresh[i] as Tag;
        if (result.status === 'fulfilled') {
          safeDefine(tag, result.value);
          return;
        }
        // Tried again when the connection is back or the host adds the element again; the host hears of it.
        requested.delete(tag);
        console.error(`llr-embed: ${tag} could not be loaded`, result.reason);
        document.dispatchEvent(new CustomEvent('llr-embed-error', { detail: { tag } }));
      }),
    ),
  );
}

/** The LLR tags in and under these nodes that are not loaded yet. */
function tagsIn(nodes: Iterable<Node>): Set<Tag> {
  const found = new Set<Tag>();
  for (const node of nodes) {
    if (!(node instanceof Element)) continue;
    const name = node.localName as Tag;
    if (name in ELEMENTS) found.add(name);
    if (node.firstElementChild) for (const el of Array.from(node.querySelectorAll(SELECTOR))) found.add(el.localName as Tag);
  }
  for (const tag of requested) found.delete(tag);
  return found;
}

function reserveSpace(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(RESERVE_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // Constructable stylesheets missing (very old browsers): the page may jump once, nothing else.
  }
}

if (!registry[LOADED]) {
  registry[LOADED] = import.meta.url;
  const script = ownScript();
  reserveSpace();
  setScriptConfig(readScriptConfig(script));
  const named = namedTags(script?.getAttribute('data-elements') ?? null);
  // Provider first in the order, then what the page holds now, then whatever the host adds later.
  const present = tagsIn([document.documentElement]);
  load(TAGS.filter((t) => named.includes(t) || present.has(t)));
  new MutationObserver((records) => {
    if (requested.size === TAGS.length) return;
    const added: Node[] = [];
    for (const r of records) added.push(...Array.from(r.addedNodes));
    const found = tagsIn(added);
    if (found.size) load(TAGS.filter((t) => found.has(t)));
  }).observe(document.documentElement, { childList: true, subtree: true });
  // A chunk that failed (offline) is asked for again when the connection is back.
  window.addEventListener('online', () => {
    const found = tagsIn([document.documentElement]);
    for (const tag of named) if (!requested.has(tag)) found.add(tag);
    if (found.size) load(TAGS.filter((t) => found.has(t)));
  });
}
