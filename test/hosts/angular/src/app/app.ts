/**
 * The host contract every test app implements (test/hosts/README.md): the same buttons, the same elements, the
 * same event log, so one test drives React, Angular and Vue alike.
 */
import { Component, CUSTOM_ELEMENTS_SCHEMA, computed, signal } from '@angular/core';
import type { AuthRequiredDetail, TrainingIncentivesToggleDetail, WalletLoadDetail, WegwijzerStepDetail } from '@llr/widgets';

type Lang = 'nl' | 'en' | 'fr';
const COURSES = ['boekhouden-voor-beginners', 'digitale-basisvaardigheden'];
/** A persona of the mock API: its bearer token is `demo-<id>`. */
const PERSONA = 'low-educated-employee';

@Component({
  selector: 'app-root',
  // Our tags are custom elements: Angular leaves them to the browser and binds what the template says.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Angular host</h1>
      <nav aria-label="host">
        @for (l of langs; track l) {
          <button [id]="'lang-' + l" type="button" [attr.aria-pressed]="lang() === l" (click)="lang.set(l)">{{ l }}</button>
        }
        <button id="login-toggle" type="button" (click)="loggedIn.set(!loggedIn())">{{ loggedIn() ? 'log out' : 'log in' }}</button>
        <button id="mount-toggle" type="button" (click)="mounted.set(!mounted())">{{ mounted() ? 'unmount' : 'mount' }}</button>
        <button id="course-next" type="button" (click)="course.set((course() + 1) % courses.length)">next course</button>
        <button id="level-toggle" type="button" (click)="level.set(level() === 2 ? 3 : 2)">heading level</button>
      </nav>
      @if (mounted()) {
        <!-- Properties: lang and getToken on the provider, headingLevel on the wallet. Attributes: api-base,
             heading-level on the Wegwijzer, training-id on the badge. -->
        <llr-provider api-base="/api/llr/v1" [lang]="lang()" [getToken]="getToken()">
          <llr-wallet [headingLevel]="level()" (llr-wallet-load)="onWalletLoad($event)" (llr-auth-required)="onAuthRequired($event)"></llr-wallet>
          <llr-wegwijzer [attr.heading-level]="level()" (llr-wegwijzer-step)="onStep($event)"></llr-wegwijzer>
          <llr-training-incentives [attr.training-id]="courses[course()]" (llr-training-incentives-toggle)="onToggle($event)"></llr-training-incentives>
        </llr-provider>
      }
      <ol id="events">
        @for (line of events(); track $index) {
          <li>{{ line }}</li>
        }
      </ol>
    </main>
  `,
})
export class App {
  protected readonly langs: Lang[] = ['nl', 'en', 'fr'];
  protected readonly courses = COURSES;
  protected readonly lang = signal<Lang>('nl');
  protected readonly loggedIn = signal(true);
  protected readonly mounted = signal(true);
  protected readonly course = signal(0);
  protected readonly level = signal(2);
  protected readonly events = signal<string[]>([]);

  /** A new function when the login changes: the wallet fetches again, for the new login. */
  protected readonly getToken = computed(() => {
    const token = this.loggedIn() ? `demo-${PERSONA}` : null;
    return () => token;
  });

  private log(line: string): void {
    this.events.update((all) => [...all, line]);
  }

  // With CUSTOM_ELEMENTS_SCHEMA, $event is an Event: the handlers name our event types (exported by the package).
  protected onWalletLoad(event: Event): void {
    const { detail } = event as CustomEvent<WalletLoadDetail>;
    this.log(`llr-wallet-load entitlements=${detail.entitlements} missing=${detail.missingSources.length}`);
  }

  protected onAuthRequired(event: Event): void {
    const typed = event as CustomEvent<AuthRequiredDetail>;
    typed.preventDefault(); // the host logs in itself
    this.log('llr-auth-required');
  }

  protected onStep(event: Event): void {
    this.log(`llr-wegwijzer-step step=${(event as CustomEvent<WegwijzerStepDetail>).detail.step}`);
  }

  protected onToggle(event: Event): void {
    this.log(`llr-training-incentives-toggle open=${(event as CustomEvent<TrainingIncentivesToggleDetail>).detail.open}`);
  }
}
