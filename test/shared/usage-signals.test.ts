/**
 * The usage-signal controller (src/shared/controllers/usage-signals.ts): signals wait on the page and go as one
 * batch per API and host with navigator.sendBeacon when the page is hidden (or when a batch is full); only the
 * contract's fields leave the device; nothing at all without `enabled` and a host name; `once` counts a run once.
 */
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createApiClient, type UsageEvent } from '../../src/api';
import { UsageSignals, type UsageSignalContext } from '../../src/shared/controllers/usage-signals';

/** What navigator.sendBeacon was given (the real one is put back after each test). */
let beacons: { url: string; body: unknown; type: string }[] = [];
const realBeacon = navigator.sendBeacon.bind(navigator);
beforeEach(() => {
  beacons = [];
  navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
    beacons.push({ url: String(url), body: JSON.parse(String(data)), type: typeof data });
    return true;
  };
});
afterEach(() => {
  window.dispatchEvent(new Event('pagehide')); // nothing carries over to the next test
  navigator.sendBeacon = realBeacon;
});

const fakeHost = (): ReactiveControllerHost => ({
  addController: (_: ReactiveController) => undefined,
  removeController: () => undefined,
  requestUpdate: () => undefined,
  updateComplete: Promise.resolve(true),
});

function signals(context: Partial<UsageSignalContext> = {}): UsageSignals {
  const api = createApiClient({ baseUrl: '/api/llr/v1' });
  return new UsageSignals(fakeHost(), () => ({ enabled: true, host: 'burgerprofiel', api, ...context }));
}

const hide = () => window.dispatchEvent(new Event('pagehide'));

describe('usage signals', () => {
  it('wait on the page; hiding it sends one batch per API and host, as text with sendBeacon', () => {
    const wallet = signals();
    const wegwijzer = signals();
    const elsewhere = signals({ api: createApiClient({ baseUrl: 'https://api.example.be/llr/v1/' }) });
    wallet.send({ type: 'wallet-shown', state: 'loaded' });
    wegwijzer.send({ type: 'wegwijzer-started' });
    elsewhere.send({ type: 'badge-expanded' });
    expect(beacons, 'nothing while the citizen is on the page').to.deep.equal([]);
    hide();
    expect(beacons).to.deep.equal([
      { url: '/api/llr/v1/events', type: 'string', body: { host: 'burgerprofiel', events: [{ type: 'wallet-shown', state: 'loaded' }, { type: 'wegwijzer-started' }] } },
      { url: 'https://api.example.be/llr/v1/events', type: 'string', body: { host: 'burgerprofiel', events: [{ type: 'badge-expanded' }] } },
    ]);
    hide();
    expect(beacons, 'sent once').to.have.length(2);
  });

  it('a tab switched away (visibilitychange to hidden) sends too', () => {
    signals().send({ type: 'badge-expanded' });
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      delete (document as { visibilityState?: string }).visibilityState;
    }
    expect(beacons.map((b) => b.body)).to.deep.equal([{ host: 'burgerprofiel', events: [{ type: 'badge-expanded' }] }]);
  });

  it('a batch as full as the contract allows (50) goes at once', () => {
    const s = signals();
    for (let i = 0; i < 51; i++) s.send({ type: 'badge-expanded' });
    expect(beacons.map((b) => (b.body as { events: unknown[] }).events.length)).to.deep.equal([50]);
    hide();
    expect(beacons.map((b) => (b.body as { events: unknown[] }).events.length)).to.deep.equal([50, 1]);
  });

  it('only the contract\'s fields leave the device, whatever the object holds', () => {
    const event = { type: 'wegwijzer-question-answered', question: 'status', step: 1, dontKnow: false, answer: 'employee', name: 'Jan' };
    signals().send(event as UsageEvent);
    signals().send({ type: 'wegwijzer-completed', outcomes: { eligible: ['opleidingscheques'], unknown: [], notEligible: [], amount: 250 }, referrals: [] } as unknown as UsageEvent);
    hide();
    expect(beacons[0]!.body).to.deep.equal({
      host: 'burgerprofiel',
      events: [
        { type: 'wegwijzer-question-answered', question: 'status', step: 1, dontKnow: false },
        { type: 'wegwijzer-completed', outcomes: { eligible: ['opleidingscheques'], unknown: [], notEligible: [] }, referrals: [] },
      ],
    });
  });

  it('nothing without usage-events, nothing without a host name', () => {
    signals({ enabled: false }).send({ type: 'badge-expanded' });
    signals({ host: undefined }).send({ type: 'badge-expanded' });
    signals({ host: '' }).send({ type: 'badge-expanded' });
    hide();
    expect(beacons).to.deep.equal([]);
  });

  it('once: per type and question (or referral) in a run; a new run counts again', () => {
    const s = signals();
    s.once({ type: 'wegwijzer-question-shown', question: 'status', step: 1 });
    s.once({ type: 'wegwijzer-question-shown', question: 'status', step: 1 });
    s.once({ type: 'wegwijzer-question-shown', question: 'residence', step: 2 });
    s.once({ type: 'wegwijzer-referral-followed', referral: 'sectorfonds' });
    s.once({ type: 'wegwijzer-referral-followed', referral: 'sectorfonds' });
    s.newRun();
    s.once({ type: 'wegwijzer-question-shown', question: 'status', step: 1 });
    hide();
    expect((beacons[0]!.body as { events: UsageEvent[] }).events).to.deep.equal([
      { type: 'wegwijzer-question-shown', question: 'status', step: 1 },
      { type: 'wegwijzer-question-shown', question: 'residence', step: 2 },
      { type: 'wegwijzer-referral-followed', referral: 'sectorfonds' },
      { type: 'wegwijzer-question-shown', question: 'status', step: 1 },
    ]);
  });
});
