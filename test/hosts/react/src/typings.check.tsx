/**
 * What our JSX typings refuse: tsc fails when one of these compiles (its `@ts-expect-error` has no error to
 * expect). TypeScript lets any undeclared attribute with a dash through, so the checks use declared names or
 * camelCase ones. Not rendered; type-checked with the app.
 */
import type {} from '@llr/widgets/react';

export const typingChecks = [
  // @ts-expect-error headingLevel is a number
  <llr-wallet headingLevel="2" />,
  // @ts-expect-error the wallet-load detail has no such field
  <llr-wallet onllr-wallet-load={(event) => event.detail.amount} />,
  // @ts-expect-error on-error is 'quiet' or 'hidden'
  <llr-training-incentives on-error="loud" />,
  // @ts-expect-error the badge's variant is not a property of the wallet
  <llr-wallet variant="compact" />,
  // @ts-expect-error getToken returns a string or null
  <llr-provider getToken={() => 42} />,
  // @ts-expect-error the step event's detail is { step }
  <llr-wegwijzer onllr-wegwijzer-step={(event) => event.detail.answer} />,
  // And what they accept: attributes in kebab case, properties in camelCase, typed events.
  <llr-incentive-card incentive-id="opleidingscheques" variant="compact" heading-level={3} stale />,
  <llr-training-incentives training-id="x" contactHours={40} cost={120} higher-education onllr-training-incentives-error={(event) => event.detail.kind} />,
];
