/**
 * The server passes the same contract suite as the mock (test/contract/suite.ts): on the embedded database
 * always, and on a real PostgreSQL when DATABASE_URL is set (.ci/run starts one).
 */
import { after, before, describe } from 'node:test';
import { client, contractSuite } from '../contract/suite';
import { serverTarget, type ContractTarget } from '../contract/targets';
import { freshPostgres, type TestDatabase } from '../support/databases';

const databases: { name: string; url?: string }[] = [{ name: 'PGlite' }];
if (process.env.DATABASE_URL) databases.push({ name: 'PostgreSQL', url: process.env.DATABASE_URL });

for (const database of databases) {
  describe(`server on ${database.name} ⇄ api/openapi.yaml`, () => {
    let target: ContractTarget;
    let postgres: TestDatabase | undefined;
    before(async () => {
      postgres = database.url ? await freshPostgres(database.url) : undefined;
      target = await serverTarget(postgres ? { databaseUrl: postgres.url } : {});
    });
    after(async () => {
      await target.stop();
      await postgres?.drop();
    });
    contractSuite(() => target, client(() => target));
  });
}
