/**
 * /wallet: the account module's balances for a stored history, mapped to the contract's Wallet.
 * (Placeholder until the account module lands: no entitlements.)
 */
import type { Lang, Wallet } from '../src/api/schemas';
import type { AccountHistory } from './history';

export interface WalletOptions {
  referenceDate: string;
  lang: Lang;
  ruleSetId: string | undefined;
}

export function walletOf(history: AccountHistory | undefined, options: WalletOptions): Wallet {
  void history;
  return {
    generatedAt: new Date().toISOString(),
    referenceDate: options.referenceDate,
    ...(options.ruleSetId ? { ruleSet: options.ruleSetId } : {}),
    entitlements: [],
    referrals: [],
    sources: [],
  };
}
