/**
 * The two implementations of api/openapi.yaml that the contract suite (suite.ts) runs against:
 * the msw mock (mocks/handlers.ts, intercepting fetch in this process) and the real server (server/app.ts on
 * loopback, with the embedded database, or PostgreSQL when a DATABASE_URL is given).
 */
import type { AddressInfo } from 'node:net';
import { setupServer } from 'msw/node';
import type { UsageBatch } from '../../src/api/usage';
import { createHandlers } from '../../mocks/handlers';
import { personaToken } from '../../mocks/personas';
import { TRAININGS } from '../../mocks/trainings';
import { REFERENCE_DATE } from '../../mocks/personas';
import { buildServer } from '../../server/app';
import { DEFAULTS } from '../../server/config';
import { PERSONA_HISTORIES } from '../../server/personas';

export interface ContractTarget {
  readonly name: string;
  /** Origin in front of the API prefix, e.g. http://127.0.0.1:41234. */
  readonly origin: string;
  /** A credential that logs in as a persona (`forbidden`: logged in, not allowed). */
  token(personaId: string): Promise<string>;
  /** How many usage signals were accepted so far. */
  acceptedEvents(): Promise<number>;
  stop(): Promise<void>;
}

/** The msw mock, as the widgets' tests use it. `batches` collects what it accepted. */
export function mockTarget(batches: UsageBatch[] = []): ContractTarget & { server: ReturnType<typeof setupServer> } {
  const server = setupServer(...createHandlers({ slowMs: 20, hugeWalletEntitlements: 1000, onEvents: (b) => batches.push(b) }));
  server.listen({ onUnhandledRequest: 'error' });
  return {
    name: 'mock API',
    origin: 'http://llr.mock.test',
    server,
    token: async (id) => personaToken(id),
    acceptedEvents: async () => batches.reduce((n, b) => n + b.events.length, 0),
    stop: async () => server.close(),
  };
}

/**
 * The server on a free loopback port, with the demo issuer (its tokens are real, signed JWTs), the personas and
 * the demo courses imported, and wallets computed for the personas' reference date.
 */
export async function serverTarget(options: { databaseUrl?: string } = {}): Promise<ContractTarget> {
  const app = await buildServer({
    ...DEFAULTS,
    database: { url: options.databaseUrl },
    demo: true,
    referenceDate: REFERENCE_DATE,
    logLevel: 'silent',
    // The suite sends each request in four languages: no rate limit in the way.
    rateLimits: { wallet: { max: 10_000, windowMs: 60_000 }, events: { max: 10_000, windowMs: 60_000 }, indicators: { max: 10_000, windowMs: 60_000 } },
  });
  const { store } = app.llr;
  for (const history of PERSONA_HISTORIES) await store.importHistory(history);
  for (const training of TRAININGS) await store.importTraining(training);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    name: options.databaseUrl ? 'server on PostgreSQL' : 'server on PGlite',
    origin,
    async token(id) {
      const query = id === 'analyst' ? 'role=analyst' : `persona=${encodeURIComponent(id)}`;
      const response = await fetch(`${origin}/demo/token?${query}`);
      const body = (await response.json()) as { access_token: string };
      return body.access_token;
    },
    acceptedEvents: () => store.countedSignals(),
    stop: () => app.close(),
  };
}
