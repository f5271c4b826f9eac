/**
 * The server passes the same contract suite as the mock (test/contract/suite.ts): on the embedded database
 * always, and on a real PostgreSQL when DATABASE_URL is set (.ci/run starts one).
 */
import { after, before, describe } from 'node:test';
import { client, contractSuite } from '../contract/suite';
import { serverTarget, type ContractTarget } from '../contract/targets';

const databases: { name: string; url?: string }[] = [{ name: 'PGlite' }];
if (process.env.DATABASE_URL) databases.push({ name: 'PostgreSQL', url: process.env.DATABASE_URL });

for (const database of databases) {
  describe(`server on ${database.name} ⇄ api/openapi.yaml`, () => {
    let target: ContractTarget;
    before(async () => {
      target = await serverTarget(database.url ? { databaseUrl: database.url } : {});
    });
    after(() => target.stop());
    contractSuite(() => target, client(() => target));
  });
}
