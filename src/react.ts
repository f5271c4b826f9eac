/**
 * JSX typings of our tags for React 19 hosts (`@llr/widgets/react`, types only; the module itself is empty).
 * Import it once, anywhere in a React project that type-checks:
 *
 *   import type {} from '@llr/widgets/react';
 *
 * Written by hand, but from the element classes and their event maps, never a list of names: a property or event
 * added to an element is typed here without an edit. Per tag, a host can write:
 *
 * - every public property of the element class, camelCase (`headingLevel={2}`, `getToken={fn}`): React 19 sets
 *   a prop as a property when the element has one;
 * - the same as a kebab-case attribute (`heading-level="2"`) for the properties that are strings, numbers or
 *   booleans (objects and functions have no attribute);
 * - each event of the element as `on<event-name>` with its typed event (`onllr-wallet-load={(e) =>
 *   e.detail.entitlements}`): React 19 listens to the event of that exact name;
 * - everything React allows on any element (`className`, `style`, `ref`, `key`, `children`, `lang`, `hidden`, …).
 *
 * A property whose name starts with `on` (the badge's `onError`) is typed only as its attribute (`on-error`): React
 * would read the camelCase name as an event listener.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LitElement } from 'lit';
import type { LlrProvider } from './elements/provider/provider';
import type { LlrIncentiveCard, LlrIncentiveCardEventMap } from './elements/incentive-card/incentive-card';
import type { LlrWallet, LlrWalletEventMap } from './elements/wallet/wallet';
import type { LlrWegwijzer, LlrWegwijzerEventMap } from './elements/wegwijzer/wegwijzer';
import type { LlrTrainingIncentives, LlrTrainingIncentivesEventMap } from './elements/training-incentives/training-incentives';
import type { LlrPolicyLab, LlrPolicyLabEventMap } from './elements/policy-lab/policy-lab';
import type { LlrMonitor, LlrMonitorEventMap } from './elements/monitor/monitor';

/** Methods are not props; `getToken` is a property that holds a function (its type includes undefined). */
type IsMethod<T> = [T] extends [(...args: never[]) => unknown] ? true : false;

/** The element's own public properties (not those of LitElement or HTMLElement, not methods, not `on…`). */
type OwnPropertyKeys<E> = {
  [K in keyof E]-?: K extends keyof LitElement ? never : K extends `on${string}` ? never : IsMethod<E[K]> extends true ? never : K;
}[keyof E] &
  string;

/**
 * `headingLevel` → `heading-level`: how our attributes are named (test/package checks that each attribute of the
 * manifest is a prop).
 */
export type KebabCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${KebabCase<Tail>}`
  : S;

/**
 * What an attribute of a property of type T accepts in JSX (React writes it with setAttribute, as text; a number
 * attribute takes `String(n)` too, as any HTML attribute would).
 */
type AttributeValue<T> = [NonNullable<T>] extends [boolean]
  ? boolean
  : [NonNullable<T>] extends [number]
    ? number | string
    : [NonNullable<T>] extends [string]
      ? NonNullable<T>
      : never;

/** Every property as a prop (React 19 sets it as a property). */
export type LlrPropertyProps<E> = { [K in OwnPropertyKeys<E>]?: E[K] };

/** Every property that has an attribute, under its kebab-case attribute name. */
export type LlrAttributeProps<E> = {
  [K in OwnPropertyKeys<E> | `on${string}` & keyof E & string as AttributeValue<E[K]> extends never ? never : KebabCase<K>]?: AttributeValue<E[K]>;
};

/** Each event as `on<event-name>`, typed by the element's event map. */
export type LlrEventProps<M> = { [K in keyof M & string as `on${K}`]?: (event: M[K]) => void };

/** The props of one of our tags in JSX. */
export type LlrJsxProps<E extends HTMLElement, M = object> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  LlrPropertyProps<E> &
  LlrAttributeProps<E> &
  LlrEventProps<M>;

/** Our tags, as React's JSX sees them. */
export interface LlrIntrinsicElements {
  'llr-provider': LlrJsxProps<LlrProvider>;
  'llr-incentive-card': LlrJsxProps<LlrIncentiveCard, LlrIncentiveCardEventMap>;
  'llr-wallet': LlrJsxProps<LlrWallet, LlrWalletEventMap>;
  'llr-wegwijzer': LlrJsxProps<LlrWegwijzer, LlrWegwijzerEventMap>;
  'llr-training-incentives': LlrJsxProps<LlrTrainingIncentives, LlrTrainingIncentivesEventMap>;
  /** The analysts' policy lab (its own entry: `@llr/widgets/policy-lab`). */
  'llr-policy-lab': LlrJsxProps<LlrPolicyLab, LlrPolicyLabEventMap>;
  /** The analysts' monitor of usage signals (its own entry: `@llr/widgets/monitor`). */
  'llr-monitor': LlrJsxProps<LlrMonitor, LlrMonitorEventMap>;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends LlrIntrinsicElements {}
  }
}
