import { expect } from '@open-wc/testing';
import '../support/mock-api';

describe('probe', () => {
  it('fetches', async function () {
    this.timeout(120000);
    await new Promise((r) => setTimeout(r, 3000));
    for (let i = 0; i < 12; i++) {
      const t0 = performance.now();
      const ctrl = new AbortController();
      const timer = setTimeout(() => ctrl.abort(), 8000);
      let status = 'x';
      try { status = String((await fetch('/api/llr/v1/incentives/kmo-portefeuille', { signal: ctrl.signal })).status); } catch (e) { status = String(e); }
      clearTimeout(timer);
      console.log('fetch', i, status, Math.round(performance.now() - t0), navigator.serviceWorker.controller ? 'controlled' : 'NOT controlled');
      await new Promise((r) => setTimeout(r, 1000));
    }
    expect(1).to.equal(1);
  });
});
