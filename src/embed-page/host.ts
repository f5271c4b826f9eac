/**
 * The portal that frames an embedded page (Mijn Burgerprofiel's web app in an iframe, its mobile app in a webview),
 * as the page sees it: a small interface, so one page works with any way of talking to a host.
 *
 * - `postMessageHost()` (below): the page talks to `window.parent` with `postMessage`, and only to origins on an
 *   allow-list. Used by `embed/wallet.html` and `embed/wegwijzer.html`.
 * - Digitaal Vlaanderen's `@govflanders/mbp-embed-sdk` fits behind the same interface (an adapter of a few lines
 *   around its client; docs/embedding.md). It is not a dependency of this project.
 */

/** What an embedded page needs from its host. */
export interface EmbedHost {
  /** The citizen's token once the host handed it over; null when anonymous, or when no host answered in time. */
  token(): Promise<string | null>;
  /** Calls `listener` with each token the host hands over later (a login, a refresh, a logout). Returns a stop function. */
  onTokenChange(listener: (token: string | null) => void): () => void;
  /** The page's height in CSS pixels, so the host can size its frame (no inner scroll bar). */
  reportHeight(height: number): void;
  /** Opens a link outside the frame. False when the host cannot: the page then opens a new window itself. */
  openLink(url: string): boolean;
  /** The API asked for a login (401). True when the host takes care of it (it then hands over a new token). */
  requestLogin(): boolean;
}

// ---------------------------------------------------------------- the postMessage protocol

/** Every message of the protocol carries these, both ways: other messages on the same window are not ours. */
export const MESSAGE_SOURCE = 'llr-embed';
export const PROTOCOL_VERSION = 1;

/** What the page tells its host. */
export type PageMessage =
  | { type: 'ready' }
  | { type: 'height'; height: number }
  | { type: 'open-link'; url: string }
  | { type: 'auth-required' };

/** What a host may tell the page: the citizen's token, or null (logged out). */
export interface TokenMessage {
  type: 'token';
  token: string | null;
}

/** A bearer token as RFC 6750 writes it (letters, digits, -._~+/ and trailing =): no spaces, quotes or markup. */
const BEARER_TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
const MAX_TOKEN_LENGTH = 8192;

/** The host's message, or null for anything that is not a well-formed token message of this protocol. */
export function parseHostMessage(data: unknown): TokenMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  if (message.source !== MESSAGE_SOURCE || message.version !== PROTOCOL_VERSION || message.type !== 'token') return null;
  const { token } = message;
  if (token === null) return { type: 'token', token: null };
  if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH || !BEARER_TOKEN.test(token)) return null;
  return { type: 'token', token };
}

/** Hosts on the loopback interface may use http (a developer's machine, the tests); every other host https. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The allow-list as written in the page's `<meta name="llr-allowed-origins">`: origins separated by spaces or
 * commas. An entry that is not exactly an origin (a path, a wildcard, `null`, http on a public host) is left out.
 */
export function parseAllowedOrigins(text: string): string[] {
  const origins = new Set<string>();
  for (const entry of text.split(/[\s,]+/)) {
    if (!entry) continue;
    let url: URL;
    try {
      url = new URL(entry);
    } catch {
      continue;
    }
    const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
    // A host name, not a pattern: the URL parser takes "*.vlaanderen.be" as a name.
    const plainHost = /^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname);
    if (secure && plainHost && url.origin === entry.replace(/\/$/, '')) origins.add(url.origin);
  }
  return [...origins];
}

export interface PostMessageHostOptions {
  /** The origins a host may have (exact origins, e.g. "https://www.burgerprofiel.be"). Messages from others are ignored. */
  allowedOrigins: readonly string[];
  /** Which page this is ("wallet", "wegwijzer"), in every message to the host. */
  page: string;
  /** How long `token()` waits for the host's first token before it answers null (anonymous). */
  tokenTimeoutMs?: number;
  /** The page's window (tests pass another). */
  window?: Window;
}

/** Long enough for a portal that answers `ready` after its own start; short enough that a page alone does not hang. */
const TOKEN_TIMEOUT_MS = 3000;

/**
 * The host is `window.parent`, reached by `postMessage`:
 *
 * 1. the page sends `ready` to its parent, addressed to each allowed origin (the browser delivers it only to the one
 *    the parent really has);
 * 2. the host answers with `{ source: 'llr-embed', version: 1, type: 'token', token }`, and again whenever the
 *    login changes. A message counts only when it comes from `window.parent` AND from an allowed origin; the first
 *    such message fixes the host's origin, and later messages go to that origin only;
 * 3. the page sends `height`, `open-link` and `auth-required`. It never sends the token anywhere.
 *
 * A page that is not in a frame, or has no allowed origin, has no host: anonymous at once.
 */
export function postMessageHost(options: PostMessageHostOptions): EmbedHost {
  const self = options.window ?? window;
  const parent = self.parent;
  const allowed = new Set(options.allowedOrigins);
  const hasHost = parent !== self && allowed.size > 0;

  let hostOrigin: string | null = null;
  let current: string | null = null;
  let firstSettled = false;
  let settleFirst: (token: string | null) => void = () => undefined;
  const first = new Promise<string | null>((resolve) => {
    settleFirst = (token) => {
      if (firstSettled) return;
      firstSettled = true;
      resolve(token);
    };
  });
  const listeners = new Set<(token: string | null) => void>();

  if (!hasHost) settleFirst(null);
  else setTimeout(() => settleFirst(null), options.tokenTimeoutMs ?? TOKEN_TIMEOUT_MS);

  function send(message: PageMessage): void {
    if (!hasHost) return;
    const targets = hostOrigin ? [hostOrigin] : [...allowed];
    for (const origin of targets) parent.postMessage({ source: MESSAGE_SOURCE, version: PROTOCOL_VERSION, page: options.page, ...message }, origin);
  }

  self.addEventListener('message', (event: MessageEvent) => {
    // Only our parent, only from an allowed origin, and (once known) only from the host's own origin.
    if (!hasHost || event.source !== parent || !allowed.has(event.origin)) return;
    if (hostOrigin !== null && event.origin !== hostOrigin) return;
    const message = parseHostMessage(event.data);
    if (!message) return;
    hostOrigin = event.origin;
    current = message.token;
    if (!firstSettled) settleFirst(current);
    else for (const listener of listeners) listener(current);
  });

  send({ type: 'ready' });

  return {
    token: () => (firstSettled ? Promise.resolve(current) : first),
    onTokenChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reportHeight: (height) => send({ type: 'height', height }),
    openLink(url) {
      if (hostOrigin === null) return false;
      send({ type: 'open-link', url });
      return true;
    },
    requestLogin() {
      if (hostOrigin === null) return false;
      send({ type: 'auth-required' });
      return true;
    },
  };
}
