/**
 * The host contract every test app implements (test/hosts/README.md): the same buttons, the same elements, the
 * same event log, so one test drives React, Angular and Vue alike.
 */
import { useMemo, useState } from 'react';
// Our JSX typings: the tags, their properties, attributes and typed events (tsc checks this file with them).
import type {} from '@llr/widgets/react';
import type { WalletLoadDetail } from '@llr/widgets';

type Lang = 'nl' | 'en' | 'fr';
const LANGS: Lang[] = ['nl', 'en', 'fr'];
const COURSES = ['boekhouden-voor-beginners', 'digitale-basisvaardigheden'];
/** A persona of the mock API: its bearer token is `demo-<id>`. */
const PERSONA = 'low-educated-employee';

export function App() {
  const [lang, setLang] = useState<Lang>('nl');
  const [loggedIn, setLoggedIn] = useState(true);
  const [mounted, setMounted] = useState(true);
  const [course, setCourse] = useState(0);
  const [level, setLevel] = useState(2);
  const [events, setEvents] = useState<string[]>([]);
  const log = (line: string) => setEvents((all) => [...all, line]);

  // A new function when the login changes: the wallet fetches again, for the new login.
  const getToken = useMemo(() => () => (loggedIn ? `demo-${PERSONA}` : null), [loggedIn]);

  const onWalletLoad = (event: CustomEvent<WalletLoadDetail>) =>
    log(`llr-wallet-load entitlements=${event.detail.entitlements} missing=${event.detail.missingSources.length}`);

  return (
    <main>
      <h1>React host</h1>
      <nav aria-label="host">
        {LANGS.map((l) => (
          <button key={l} id={`lang-${l}`} type="button" aria-pressed={lang === l} onClick={() => setLang(l)}>
            {l}
          </button>
        ))}
        <button id="login-toggle" type="button" onClick={() => setLoggedIn((v) => !v)}>{loggedIn ? 'log out' : 'log in'}</button>
        <button id="mount-toggle" type="button" onClick={() => setMounted((v) => !v)}>{mounted ? 'unmount' : 'mount'}</button>
        <button id="course-next" type="button" onClick={() => setCourse((c) => (c + 1) % COURSES.length)}>next course</button>
        <button id="level-toggle" type="button" onClick={() => setLevel((l) => (l === 2 ? 3 : 2))}>heading level</button>
      </nav>
      {mounted && (
        // Properties: lang and getToken on the provider, headingLevel on the wallet. Attributes: api-base,
        // heading-level on the Wegwijzer, training-id on the badge.
        <llr-provider api-base="/api/llr/v1" lang={lang} getToken={getToken}>
          <llr-wallet
            headingLevel={level}
            onllr-wallet-load={onWalletLoad}
            onllr-auth-required={(event) => {
              event.preventDefault(); // the host logs in itself
              log('llr-auth-required');
            }}
          />
          <llr-wegwijzer heading-level={String(level)} onllr-wegwijzer-step={(event) => log(`llr-wegwijzer-step step=${event.detail.step}`)} />
          <llr-training-incentives
            training-id={COURSES[course]}
            onllr-training-incentives-toggle={(event) => log(`llr-training-incentives-toggle open=${event.detail.open}`)}
          />
        </llr-provider>
      )}
      <ol id="events">
        {events.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </main>
  );
}
