/**
 * The postMessage host of the embedded pages (src/embed-page/host.ts) without a browser: which messages and
 * allow-list entries count (table in host-messages.cases.json), and how the token flows from a host, with a fake
 * pair of windows. The pages themselves are tested in a real iframe by embedded-pages.node.test.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseAllowedOrigins, parseHostMessage, postMessageHost } from '../../src/embed-page/host';

interface Cases {
  hostMessages: Array<{ name: string; data: unknown; token?: string | null; rejected?: boolean }>;
  allowedOrigins: Array<{ name: string; text: string; origins: string[] }>;
}
const cases = JSON.parse(readFileSync(new URL('./host-messages.cases.json', import.meta.url), 'utf8')) as Cases;

describe('parseHostMessage', () => {
  for (const c of cases.hostMessages) {
    it(c.rejected ? `refuses ${c.name}` : `takes ${c.name}`, () => {
      assert.deepEqual(parseHostMessage(c.data), c.rejected ? null : { type: 'token', token: c.token });
    });
  }
});

describe('parseAllowedOrigins', () => {
  for (const c of cases.allowedOrigins) {
    it(c.name, () => assert.deepEqual(parseAllowedOrigins(c.text), c.origins));
  }
});

/** A window with a parent: what the page posts, and a way to deliver a message as if from somewhere. */
class FakeWindow {
  readonly posted: Array<{ message: Record<string, unknown>; origin: string }> = [];
  private readonly listeners: Array<(event: MessageEvent) => void> = [];
  parent: FakeWindow = this;

  addEventListener(_type: 'message', listener: (event: MessageEvent) => void): void {
    this.listeners.push(listener);
  }

  postMessage(message: Record<string, unknown>, origin: string): void {
    this.posted.push({ message, origin });
  }

  deliver(data: unknown, origin: string, source: FakeWindow): void {
    for (const listener of this.listeners) listener({ data, origin, source } as unknown as MessageEvent);
  }
}

const PORTAL = 'https://www.burgerprofiel.be';
const OTHER_ALLOWED = 'https://test.burgerprofiel.be';
const token = (value: string | null) => ({ source: 'llr-embed', version: 1, type: 'token', token: value });

function framed(): { page: FakeWindow; portal: FakeWindow } {
  const portal = new FakeWindow();
  const page = new FakeWindow();
  page.parent = portal;
  return { page, portal };
}

describe('postMessageHost', () => {
  it('says ready to each allowed origin, takes the first token from its parent, then talks to that origin only', async () => {
    const { page, portal } = framed();
    const host = postMessageHost({ allowedOrigins: [PORTAL, OTHER_ALLOWED], page: 'wallet', window: page as unknown as Window, tokenTimeoutMs: 50 });
    assert.deepEqual(portal.posted.map((p) => [p.message.type, p.origin]), [['ready', PORTAL], ['ready', OTHER_ALLOWED]]);
    page.deliver(token('abc'), PORTAL, portal);
    assert.equal(await host.token(), 'abc');
    host.reportHeight(640);
    assert.deepEqual(portal.posted.slice(2).map((p) => [p.message, p.origin]), [[{ source: 'llr-embed', version: 1, page: 'wallet', type: 'height', height: 640 }, PORTAL]]);
    // The other allowed origin cannot take over once the host is known.
    page.deliver(token('other'), OTHER_ALLOWED, portal);
    assert.equal(await host.token(), 'abc');
  });

  it('ignores messages from another window or an origin not on the list', async () => {
    const { page, portal } = framed();
    const stranger = new FakeWindow();
    const host = postMessageHost({ allowedOrigins: [PORTAL], page: 'wallet', window: page as unknown as Window, tokenTimeoutMs: 50 });
    page.deliver(token('from-a-sibling'), PORTAL, stranger);
    page.deliver(token('from-a-stranger'), 'https://evil.example', portal);
    assert.equal(await host.token(), null, 'anonymous after the wait');
    assert.equal(host.openLink('https://www.vlaanderen.be'), false, 'no host to open links');
    assert.equal(host.requestLogin(), false);
  });

  it('hands a token that comes after the wait to the listeners (a portal that starts slowly, a login, a logout)', async () => {
    const { page, portal } = framed();
    const host = postMessageHost({ allowedOrigins: [PORTAL], page: 'wallet', window: page as unknown as Window, tokenTimeoutMs: 10 });
    assert.equal(await host.token(), null);
    const seen: Array<string | null> = [];
    host.onTokenChange((t) => seen.push(t));
    page.deliver(token('late'), PORTAL, portal);
    page.deliver(token(null), PORTAL, portal);
    assert.deepEqual(seen, ['late', null]);
    assert.equal(await host.token(), null);
    assert.equal(host.openLink('https://www.vlaanderen.be/x'), true);
    assert.deepEqual(portal.posted.at(-1)?.message, { source: 'llr-embed', version: 1, page: 'wallet', type: 'open-link', url: 'https://www.vlaanderen.be/x' });
    assert.equal(host.requestLogin(), true);
    assert.equal(portal.posted.at(-1)?.message.type, 'auth-required');
  });

  it('never sends a message that carries the token', () => {
    const { page, portal } = framed();
    const host = postMessageHost({ allowedOrigins: [PORTAL], page: 'wallet', window: page as unknown as Window, tokenTimeoutMs: 10 });
    page.deliver(token('secret-token'), PORTAL, portal);
    host.reportHeight(1);
    host.openLink('https://www.vlaanderen.be');
    host.requestLogin();
    assert.doesNotMatch(JSON.stringify(portal.posted), /secret-token/);
  });

  it('has no host when the page is not in a frame, or no origin is allowed: anonymous at once, silent', async () => {
    const alone = new FakeWindow();
    const host = postMessageHost({ allowedOrigins: [PORTAL], page: 'wallet', window: alone as unknown as Window, tokenTimeoutMs: 60000 });
    assert.equal(await host.token(), null);
    host.reportHeight(100);
    assert.deepEqual(alone.posted, []);
    const { page, portal } = framed();
    const unconfigured = postMessageHost({ allowedOrigins: [], page: 'wallet', window: page as unknown as Window, tokenTimeoutMs: 60000 });
    assert.equal(await unconfigured.token(), null);
    assert.deepEqual(portal.posted, []);
  });
});
