import { expect, fixture, html } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';

describe('browser smoke', () => {
  it('renders and intercepts fetch with msw', async () => {
    const worker = setupWorker(http.get('/api/ping', () => HttpResponse.json({ ok: true })));
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
    const res = await fetch('/api/ping');
    expect(await res.json()).to.deep.equal({ ok: true });
    worker.stop();
    const el = await fixture(html`<p>hallo</p>`);
    expect(el.textContent).to.equal('hallo');
  });
});
