import { createContext } from '@lit/context';

/** Everything an LLR element needs from its host. Each field is optional at every level. */
export interface LlrConfig {
  /** Base URL of the LLR REST API, e.g. "https://api.example.be/llr/v1". */
  apiBase?: string;
  /** Preferred language ("nl", "en", "fr", "de"); otherwise resolved from the page. */
  lang?: string;
  /** Returns the citizen's access token, or null when anonymous. Never logged, never put in events. */
  getToken?: () => string | null | Promise<string | null>;
  /** Cookie sessions instead of a token: "include" for a cross-origin API with cookies. */
  credentials?: RequestCredentials;
  /** Where the personal wallet lives (Mijn Burgerprofiel). */
  walletUrl?: string;
  /** Where the Wegwijzer (signpost) lives. */
  wegwijzerUrl?: string;
  /** Where a citizen logs in. */
  loginUrl?: string;
  /**
   * The host's name for anonymous usage signals, as the API is configured for it (e.g. "burgerprofiel", "vdab";
   * never a URL). Elements with `usage-events` send signals only when it is set.
   */
  usageHost?: string;
}

export type ResolvedConfig = Required<Pick<LlrConfig, 'apiBase' | 'walletUrl' | 'wegwijzerUrl' | 'loginUrl'>> &
  Pick<LlrConfig, 'getToken' | 'credentials' | 'lang' | 'usageHost'>;

export const DEFAULT_CONFIG: ResolvedConfig = {
  apiBase: '/api/llr/v1',
  walletUrl: 'https://www.vlaanderen.be/mijn-burgerprofiel',
  wegwijzerUrl: 'https://www.vlaanderen.be/leer-en-loopbaanrekening',
  loginUrl: 'https://www.vlaanderen.be/mijn-burgerprofiel',
};

/** Context key shared by every copy of the package on the page (Symbol.for), versioned. */
export const configContext = createContext<LlrConfig>(Symbol.for('llr:config@1'));

const DATA_KEYS: Record<string, keyof LlrConfig> = {
  'data-api-base': 'apiBase',
  'data-lang': 'lang',
  'data-wallet-url': 'walletUrl',
  'data-wegwijzer-url': 'wegwijzerUrl',
  'data-login-url': 'loginUrl',
  'data-credentials': 'credentials',
  'data-usage-host': 'usageHost',
};

let scriptConfig: LlrConfig = {};

/** Reads configuration from the data-* attributes of the embed <script> tag (llr-embed.js). */
export function readScriptConfig(script: Element | null): LlrConfig {
  const out: LlrConfig = {};
  if (!script) return out;
  for (const [attr, key] of Object.entries(DATA_KEYS)) {
    const value = script.getAttribute(attr);
    if (value) (out as Record<string, string>)[key] = value;
  }
  return out;
}

export function setScriptConfig(config: LlrConfig): void {
  scriptConfig = { ...config };
}

export function getScriptConfig(): LlrConfig {
  return scriptConfig;
}

const KEYS = ['apiBase', 'lang', 'credentials', 'getToken', 'walletUrl', 'wegwijzerUrl', 'loginUrl', 'usageHost'] as const;

/** The configuration an element or provider holds in its own properties; empty attributes count as unset. */
export function ownConfig(source: LlrConfig): LlrConfig {
  const own: Record<string, unknown> = {};
  // credentials and getToken are taken as they are; an empty string elsewhere is "not set".
  for (const key of KEYS) own[key] = key === 'credentials' || key === 'getToken' ? source[key] : source[key] || undefined;
  return own as LlrConfig;
}

/** attribute/property → nearest provider → embed script data-* → default. */
export function resolveConfig(own: LlrConfig, provided: LlrConfig | undefined): ResolvedConfig {
  const resolved: Record<string, unknown> = {};
  for (const key of KEYS) resolved[key] = own[key] ?? provided?.[key] ?? scriptConfig[key] ?? (DEFAULT_CONFIG as LlrConfig)[key];
  return resolved as ResolvedConfig;
}
