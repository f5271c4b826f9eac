/**
 * msw handlers of the mock LLR API (api/openapi.yaml), shared by the demo, Storybook and the tests.
 * Paths are matched as `*\/api/llr/v1/...`, so any origin and any base in front of the prefix works.
 *
 * - Persona: `Authorization: Bearer demo-<personaId>` (or cookie `llr-session=demo-<personaId>`); no token or an
 *   unknown persona → 401; `demo-forbidden` → 403. Personas are in personas.ts.
 * - Fault scenarios: see scenarios.ts (`?mock-scenario=`, sessionStorage `mock-scenario`, `faultHandlers()`).
 * - Languages: `Accept-Language` nl (default), en, fr; `Content-Language` on every answer.
 * - ETag / If-None-Match → 304 on the catalogue and the rule sets.
 */
import { http, type HttpHandler } from 'msw';
import { ROUTES, routeFrom, routePattern, serveApiRequest, type MockApiOptions } from './mock-api';

export type { MockApiOptions } from './mock-api';

export function createHandlers(options: MockApiOptions = {}): HttpHandler[] {
  return [
    ...ROUTES.map(({ method, path, endpoint }) =>
      http[method === 'GET' ? 'get' : 'post'](routePattern(path), ({ request, cookies, params }) =>
        serveApiRequest(request, cookies, routeFrom(endpoint, params), options),
      ),
    ),
    // Anything else under the prefix: a problem+json 404 rather than a request to the real network.
    http.all(routePattern('/*'), ({ request, cookies }) => serveApiRequest(request, cookies, null, options)),
  ];
}

/** The default handlers: normal answers, scenario from the request or the page's sessionStorage. */
export const handlers: HttpHandler[] = createHandlers();
