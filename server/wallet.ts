/**
 * /wallet: the stored history's wallet, computed by the account module on the reference date and mapped to the
 * contract by the same mapping the mock uses (mocks/wallet.ts): history, announced changes, balances that cannot be
 * used now and why, data issues. Nothing is stored: every balance is computed, every request.
 *
 * The server holds what the sources reported at the import, so every source answers (`ok`) and its data is as of
 * the import (`updatedAt`).
 */
import type { Lang, Wallet } from '../src/api/schemas';
import { walletOf as walletOfHistory, SOURCES, type SourceName } from '../mocks/wallet';
import type { StoredHistory } from './store';

export { periodLabel } from '../mocks/wallet';

export interface WalletOptions {
  referenceDate: string;
  lang: Lang;
  /** The moment of the answer (RFC 3339). */
  now?: Date;
}

/** The wallet of a stored history (undefined: a person the sources know nothing of, an empty wallet). */
export function walletOf(stored: StoredHistory | undefined, options: WalletOptions): Wallet {
  const generatedAt = (options.now ?? new Date()).toISOString();
  const updatedAt = stored?.updatedAt ?? generatedAt;
  const sourceUpdated = Object.fromEntries((Object.keys(SOURCES) as SourceName[]).map((key) => [key, updatedAt])) as Record<SourceName, string>;
  return walletOfHistory(stored?.history, { referenceDate: options.referenceDate, lang: options.lang, generatedAt, sourceUpdated });
}
