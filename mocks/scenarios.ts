/**
 * Fault scenarios of the mock API, selectable
 * - per test: `worker.use(...faultHandlers('503', '/wallet'))` or `server.use(...faultHandlers('timeout'))`;
 * - per request: `?mock-scenario=503` on the request URL;
 * - per page (the demo's fault switcher): sessionStorage `mock-scenario` = `503`, or `503@/wallet` for one path;
 * - per handler set: `createHandlers({ scenario: '503' })`.
 *
 * | scenario         | what the API does                                                     | client error kind   |
 * |------------------|-----------------------------------------------------------------------|---------------------|
 * | `500`            | 500 problem+json                                                      | `server`            |
 * | `503`            | 503 problem+json with `Retry-After: 1`                                | `unavailable`       |
 * | `401` / `403`    | problem+json                                                          | `unauthorized` / `forbidden` |
 * | `404`            | problem+json                                                          | `not-found`         |
 * | `timeout`        | never answers (msw `delay('infinite')`)                               | `timeout`           |
 * | `offline`        | network error (`Response.error()`)                                    | `offline`           |
 * | `malformed-json` | 200, JSON content type, truncated JSON                                | `invalid-response`  |
 * | `schema-invalid` | 200, valid JSON that breaks the schema deep inside                    | `invalid-response`  |
 * | `empty-body`     | 200, JSON content type, no body                                       | `invalid-response`  |
 * | `huge`           | 200, valid but very large (1000 entitlements, 600 incentives, …)      | none                |
 * | `slow`           | the normal answer after `slowMs` (default 2 s)                        | none                |
 *
 * POST /events has no payload: payload scenarios leave it at 202.
 */
import { http, type HttpHandler } from 'msw';
import { contextOf, faultResponse, routeOf, routePattern, type FaultScenario, type MockApiOptions } from './mock-api';

export { FAULT_SCENARIOS, isFaultScenario, type FaultScenario } from './mock-api';

/**
 * The msw path pattern for `path`: `'*'` is every API path; `'/wallet'` is relative to the API prefix;
 * anything else (`'*\/wallet'`, a full URL) is used as is.
 */
export function apiPattern(path = '*'): string {
  if (path === '*') return routePattern('/*');
  if (path.startsWith('/')) return routePattern(path);
  return path;
}

/**
 * Handlers that force `scenario` on the requests matching `path` (any method). Prepend them with
 * `worker.use()` / `server.use()`; `resetHandlers()` removes them. Where a scenario has no fault to give
 * ('slow' after its delay, 'huge' on a rule-set document, payload faults on POST /events) the request falls
 * through to the normal handlers.
 */
export function faultHandlers(
  scenario: FaultScenario,
  path = '*',
  options: Omit<MockApiOptions, 'scenario'> = {},
): HttpHandler[] {
  return [
    http.all(apiPattern(path), ({ request, cookies }) =>
      faultResponse(scenario, contextOf(request, cookies, routeOf(request), { ...options, scenario })),
    ),
  ];
}
