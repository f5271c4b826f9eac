/**
 * An embedded page: one LLR element on a page of its own, made to live inside a portal's iframe or webview
 * (Mijn Burgerprofiel). `embed/wallet.html` and `embed/wegwijzer.html` call `startEmbeddedPage` with the
 * postMessage host; a page built on `@govflanders/mbp-embed-sdk` calls it with an adapter around that SDK.
 *
 * What it does, in order: language and options from the page's URL; the token from the host; a login the API asks
 * for goes to the host; the page's height goes to the host; links open outside the frame.
 */
import { resolveLang, type Lang } from '../domain/lang';
import type { LlrProvider } from '../elements/provider/provider';
import type { EmbedHost } from './host';

export interface EmbeddedPageOptions {
  /** The LLR element the page shows (already in the document). */
  element: HTMLElement;
  /** The `<llr-provider>` around it. */
  provider: LlrProvider;
  host: EmbedHost;
  /**
   * The element's attributes a URL may set (`?heading-level=3`). Only harmless ones: never an API base, a URL or
   * anything a link is made from, so a URL cannot point the page or its links elsewhere.
   */
  options: readonly string[];
  /** The page's title per language (every language we ship: a new one needs its title). */
  titles: Readonly<Record<Lang, string>>;
  /** The page's URL (tests pass another). */
  url?: URL;
}

/** A URL option longer than this is not an option (a date, a number, a word). */
const MAX_OPTION_LENGTH = 64;

export function startEmbeddedPage(page: EmbeddedPageOptions): void {
  const { element, provider, host } = page;
  const url = page.url ?? new URL(location.href);

  // 1. The language (?lang=fr; else the page's own lang) and the options the page allows.
  const lang = resolveLang(url.searchParams.get('lang') ?? document.documentElement.lang);
  document.documentElement.lang = lang;
  document.title = page.titles[lang];
  provider.lang = lang;
  for (const name of page.options) {
    const value = url.searchParams.get(name);
    if (value !== null && value.length <= MAX_OPTION_LENGTH) element.setAttribute(name, value);
  }

  // 2. The token: the elements wait for the host's first one; a later one is a new login (a new function, so
  //    the elements drop what they showed for the previous one and fetch again).
  provider.getToken = () => host.token();
  host.onTokenChange((token) => {
    provider.getToken = () => token;
  });

  // 3. A login the API asks for is the host's to do (the wallet then shows a button that asks again).
  element.addEventListener('llr-auth-required', (event) => {
    if (host.requestLogin()) event.preventDefault();
  });

  // 4. The height, each time it changes.
  reportHeight(host);

  // 5. Links leave the frame.
  openLinksOutside(host);
}

function reportHeight(host: EmbedHost): void {
  let last = -1;
  // The root element's box is as tall as the content (embed.css: no margins, body a block formatting context).
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    host.reportHeight(height);
  });
  observer.observe(document.documentElement);
}

/**
 * Every link to another page (in our shadow roots too: the click's composed path) goes to the host, or to a new
 * window when the host cannot take it: inside a frame it would replace the embedded page and strand the citizen
 * in a small box. Links within the page (#…) and tel:/mailto: (the browser hands them to the system) stay as they are.
 */
function openLinksOutside(host: EmbedHost): void {
  document.addEventListener(
    'click',
    (event) => {
      const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('href'));
      if (!anchor) return;
      const target = new URL(anchor.href, location.href);
      if (target.protocol !== 'https:' && target.protocol !== 'http:') return;
      const samePage = target.origin === location.origin && target.pathname === location.pathname && target.search === location.search;
      if (samePage && target.hash) return;
      event.preventDefault();
      if (!host.openLink(target.href)) window.open(target.href, '_blank', 'noopener,noreferrer');
    },
    { capture: true },
  );
}
