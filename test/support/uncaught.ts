/**
 * Fails each test of the importing file when the page saw an uncaught error or an unhandled rejection.
 * Import it for its side effect: `import '../support/uncaught';`
 */
import { expect } from '@open-wc/testing';

const uncaught: string[] = [];
window.addEventListener('error', (e) => uncaught.push(e.message));
window.addEventListener('unhandledrejection', (e) => uncaught.push(String(e.reason)));

beforeEach(() => {
  uncaught.length = 0;
});
afterEach(() => {
  expect(uncaught, 'no uncaught errors').to.deep.equal([]);
});
