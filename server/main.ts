/**
 * Starts the server from the environment (see server/config.ts and docs/deploying.md).
 *
 *   npm run server            embedded database in .data/pglite, demo issuer, personas and courses imported,
 *                             wallets computed for the personas' reference date; http://localhost:8787
 *   node --import tsx server/main.ts   the same with only what the environment says (production)
 *
 * `--demo` turns on the demo (LLR_DEMO=1), imports the personas, the demo courses and a simulated year of usage
 * counters (mocks/usage-demo.ts), sets the reference date
 * of the personas unless LLR_REFERENCE_DATE says otherwise, and serves the built demo (`npm run build`) at `/`
 * and the embed at `/embed/`.
 */
import { REFERENCE_DATE } from '../mocks/personas';
import { TRAININGS } from '../mocks/trainings';
import { buildServer } from './app';
import { configFromEnv } from './config';
import { PERSONA_HISTORIES } from './personas';
import { DEMO_FIRST_WEEK, DEMO_LAST_DAY, demoCounters } from '../mocks/usage-demo';

const DEFAULT_PORT = 8787;

async function main(): Promise<void> {
  const demo = process.argv.includes('--demo');
  const env = demo
    ? { LLR_DEMO: '1', LLR_REFERENCE_DATE: REFERENCE_DATE, LLR_STATIC_DEMO: 'dist/demo', LLR_STATIC_EMBED: 'dist/embed', ...process.env }
    : process.env;
  const config = configFromEnv(env);
  const app = await buildServer(config);
  if (demo) {
    const { store } = app.llr;
    for (const history of PERSONA_HISTORIES) await store.importHistory(history);
    for (const training of TRAININGS) await store.importTraining(training);
    app.log.info({ people: await store.countPeople() }, 'demo personas and courses imported');
    // A simulated year of usage signals, so the monitor (/demo/monitor.html) has something to show.
    await store.importWeekCounts(demoCounters(DEMO_FIRST_WEEK, DEMO_LAST_DAY, config.usageHosts));
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info({ signal }, 'closing');
      app.close().then(() => process.exit(0), () => process.exit(1));
    });
  }
  await app.listen({ port: Number(process.env.PORT) || DEFAULT_PORT, host: process.env.HOST || '127.0.0.1' });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
