/**
 * The loading-state height of each element (its skeleton: see the element's *.styles.ts), for elements that
 * are not defined yet, so a host page does not jump when an element upgrades. Only `:not(:defined)` selectors
 * on our own tags, and never on a [hidden] one: nothing of the host's is touched. Em-based on the elements' own font size (--llr-font-size,
 * 16px by default), never rem, so the host's root font size does not matter.
 *
 * The wallet's loading height depends on whether the host logs the citizen in (a typical wallet, or the login
 * prompt), which only the host knows: it reserves the login prompt's (the smaller), and a host that logs in can
 * reserve more (docs/embedding.md).
 *
 * Media queries stand in for the elements' container queries (a card or wallet about as wide as the page). The
 * CSP test compares every height here with the element's real loading state: change both together.
 *
 * Used twice, from this one definition: llr-embed.js adopts it on the document, and the embed build writes it
 * to llr-embed.css for hosts to link in their <head> (and for npm users to copy).
 */
export const RESERVE_CSS = `llr-wallet:not(:defined):not([hidden]),llr-incentive-card:not(:defined):not([hidden]),llr-training-incentives:not(:defined):not([hidden]),llr-wegwijzer:not(:defined):not([hidden]){display:block;font-size:var(--llr-font-size,16px);line-height:1.5}
llr-training-incentives:not(:defined):not([hidden]){min-height:var(--llr-training-line-height,3em)}
llr-wegwijzer:not(:defined):not([hidden]){min-height:28.75em}
@media (max-width:40em){llr-wegwijzer:not(:defined):not([hidden]){min-height:37.75em}}
llr-incentive-card:not(:defined):not([hidden]){min-height:15.875em}
llr-wallet:not(:defined):not([hidden]){min-height:36.75em}
@media (min-width:40em){llr-incentive-card:not(:defined):not([hidden]){min-height:12.8125em}llr-wallet:not(:defined):not([hidden]){min-height:27.375em}}
@media (min-width:61em){llr-incentive-card:not(:defined):not([hidden]){min-height:11.3125em}}
`;
