/**
 * <llr-wegwijzer> when its engine (wegwijzer.engine.ts, loaded with the rule set) cannot be loaded:
 * the offline error, the citizen's answers kept, and a retry that loads the engine again. A file of its own: the
 * engine must not have been loaded in this page before.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { useHandlers, clearFaults } from '../support/mock-api';
import { clearApiCache } from '../../src/api';
import '../../src/elements/wegwijzer/define';
import type { LlrWegwijzer } from '../../src/elements/wegwijzer/wegwijzer';
import { deepText } from '../support/dom';
import '../support/uncaught';

const KEY = 'llr-wegwijzer:v1:default';

beforeEach(() => {
  clearApiCache();
  sessionStorage.clear();
});
afterEach(() => sessionStorage.clear());

describe('llr-wegwijzer: its engine cannot be loaded', () => {
  it('shows the offline error and keeps the answers; retry loads the engine and goes on where the citizen was', async () => {
    sessionStorage.setItem(KEY, JSON.stringify({ answers: { status: 'employee' }, dontKnow: [], step: null }));
    useHandlers(http.get('*/wegwijzer.engine.ts', () => HttpResponse.error()));
    const el = await fixture<LlrWegwijzer>(html`<llr-wegwijzer lang="nl" reference-date="2025-11-01"></llr-wegwijzer>`);
    await waitUntil(() => !!el.shadowRoot!.querySelector('.fetch-error'), 'the error state', { timeout: 8000 });
    const text = deepText(el);
    expect(text).to.include('De vragen kunnen nu niet laden');
    expect(text).to.include('Je bent niet verbonden met het internet.');
    expect(text).to.include('Je antwoorden zijn bewaard. Je verliest niets.');
    await expect(el).to.be.accessible();
    expect(JSON.parse(sessionStorage.getItem(KEY)!).answers).to.deep.equal({ status: 'employee' });

    clearFaults();
    el.shadowRoot!.querySelector<HTMLButtonElement>('.actions button')!.click();
    await waitUntil(() => !!el.shadowRoot!.querySelector('input[type="radio"]'), 'a question after retry', { timeout: 8000 });
    // Not the first question again: the stored answer (status: employee) counts, so this is question 2.
    expect(el.shadowRoot!.querySelector('.caption')!.textContent).to.include('Vraag 2');
    expect(el.shadowRoot!.querySelector('.step-heading')!.textContent).not.to.include('Wat doe je nu vooral?');
    expect(el.shadowRoot!.querySelector('.fetch-error')).to.equal(null);
    // The step pages' styles came with the engine.
    expect(getComputedStyle(el.shadowRoot!.querySelector('fieldset')!).borderTopWidth).to.equal('0px');
  });
});
