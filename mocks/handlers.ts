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
import { serveApiRequest, type MockApiOptions } from './mock-api';

export type { MockApiOptions } from './mock-api';

const API = '*/api/llr/v1';

export function createHandlers(options: MockApiOptions = {}): HttpHandler[] {
  const serve = ({ request, cookies }: { request: Request; cookies: Record<string, string> }) =>
    serveApiRequest(request, cookies, options);
  return [
    http.get(`${API}/incentives`, serve),
    http.get(`${API}/incentives/:id`, serve),
    http.get(`${API}/rule-sets`, serve),
    http.get(`${API}/rule-sets/current`, serve),
    http.get(`${API}/rule-sets/:id`, serve),
    http.get(`${API}/wallet`, serve),
    http.get(`${API}/trainings/:id`, serve),
    http.post(`${API}/events`, serve),
    // Anything else under the prefix: a problem+json 404 rather than a request to the real network.
    http.all(`${API}/*`, serve),
  ];
}

/** The default handlers: normal answers, scenario from the request or the page's sessionStorage. */
export const handlers: HttpHandler[] = createHandlers();
