/**
 * The strict Content Security Policy of our pages, the one docs/embedding.md recommends to host pages: served by the
 * back end on the demo and embedded pages (server/static.ts) and by the test and bench server (scripts/serve.ts).
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  // llr-policy-lab: the analysts' lab starts its Web Worker through this policy (src/elements/policy-lab/policy-lab.compute.ts).
  'trusted-types lit-html llr-policy-lab',
].join('; ');
