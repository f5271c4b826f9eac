// Prints "wtr: N passed, N failed" after @web/test-runner's own progress output, and writes the
// counts to .cache/wtr-summary.json so scripts/test.mjs can add them to the overall closing line.
import { mkdirSync, writeFileSync } from 'node:fs';

function countSuite(suite, acc) {
  for (const t of suite.tests ?? []) {
    if (t.skipped) acc.skipped += 1;
    else if (t.passed) acc.passed += 1;
    else acc.failed += 1;
  }
  for (const s of suite.suites ?? []) countSuite(s, acc);
  return acc;
}

export function summaryReporter() {
  let sessionsRef;
  return {
    start({ sessions }) {
      sessionsRef = sessions;
    },
    stop() {
      const acc = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessionsRef.all()) {
        if (session.testResults) countSuite(session.testResults, acc);
        // A file that errored (failed import, uncaught error) counts as a failure even with no results.
        const sessionErrored = (session.errors?.length ?? 0) > 0 || (!session.passed && !session.testResults);
        if (sessionErrored) acc.failed += 1;
      }
      mkdirSync('.cache', { recursive: true });
      writeFileSync('.cache/wtr-summary.json', JSON.stringify(acc));
      process.stdout.write(`\nwtr: ${acc.passed} passed, ${acc.failed} failed\n`);
    },
  };
}
