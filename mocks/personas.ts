/**
 * Fictional personas of the mock API (and of the server's demo).
 * (Answers are the person's on each entry's days: `experienceYears` is the experience in those years, roughly.) Each is an ACCOUNT HISTORY (account-rules.md §1):
 * the person's situation over time, in the exact situation model of eligibility-rules.md §1, and what the sources
 * report as used. No balance is written here: the wallet is computed from the history by the account module on the
 * reference date (mocks/wallet.ts), as the server does.
 *
 * Pick a persona with the bearer token `demo-<id>` (or the cookie `llr-session=demo-<id>`).
 */
import { PERSON_KEYS, type PersonKey, type Situation } from '../src/domain/situation';
import type { History, TimelineEntry, Use } from '../src/domain/account';
import type { LocalizedText, Wallet } from '../src/api/schemas';
import { walletOf, SOURCES, type SourceName } from './wallet';

export { SOURCES, type SourceName };

/** The day the mock's wallets are computed for. */
export const REFERENCE_DATE = '2026-11-28';
export const GENERATED_AT = '2026-11-28T07:30:00+01:00';

type Lang = keyof LocalizedText;

export interface Persona {
  id: string;
  /** Fictional display name. */
  name: string;
  /** One line for the persona switcher. */
  description: LocalizedText;
  /** The situation on the reference date (the last of the timeline): what the person would answer the Wegwijzer. */
  situation: Situation;
  /** The person's account history. */
  history: History;
  /** Sources that do not answer for this persona (a partial wallet). */
  unavailableSources?: SourceName[];
  /** When a source last updated this person's data, where it is not the usual (old data). */
  sourceUpdated?: Partial<Record<SourceName, string>>;
}

// ---------------------------------------------------------------- building blocks

/** One situation with the 12 person keys (absent keys are unknown: null, as the history format asks). */
type Answers = Partial<Record<PersonKey, string | number | boolean>>;

/** A private-sector employee in Flanders, full time; `more` overrides. */
const employee = (more: Answers = {}): Answers => ({
  status: 'employee',
  sector: 'private',
  residence: 'flanders',
  workplace: 'flanders',
  employmentPercent: 100,
  hoursPerWeek: 38,
  popWithin6Years: false,
  careerVouchersUsed: 'never',
  timeCreditTraining: false,
  ...more,
});

function history(id: string, timeline: Array<[from: string, answers: Answers]>, uses: Array<[date: string, incentive: string, amount: number]> = []): History {
  const entries: TimelineEntry[] = timeline.map(([from, answers]) => ({
    from,
    answers: Object.fromEntries(PERSON_KEYS.filter((k) => answers[k] !== undefined).map((k) => [k, answers[k]])) as Situation,
  }));
  const used: Use[] = uses.map(([date, incentive, amount]) => ({ date, incentive, amount }));
  return { id, timeline: entries, uses: used };
}

function persona(p: Omit<Persona, 'situation'>): Persona {
  const last = p.history.timeline[p.history.timeline.length - 1];
  if (!last) throw new Error(`${p.id}: an empty timeline`);
  return { ...p, situation: last.answers };
}

/** One use a month of the time-credit premium (the balance counts months), from the first month to the last. */
function monthly(incentive: string, first: string, months: number): Array<[string, string, number]> {
  const out: Array<[string, string, number]> = [];
  for (let i = 0; i < months; i++) {
    const d = new Date(`${first}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + i + 1, 0); // the last day of the month
    out.push([d.toISOString().slice(0, 10), incentive, 1]);
  }
  return out;
}

// ---------------------------------------------------------------- the personas

export const PERSONAS: readonly Persona[] = [
  persona({
    id: 'low-educated-employee',
    name: 'An Peeters',
    description: {
      nl: 'Kortgeschoold bediende in een privébedrijf in Vlaanderen, sinds februari voltijds',
      en: 'Low-educated private-sector employee in Flanders, full time since February',
      fr: 'Peu diplômée, employée dans le privé en Flandre, à temps plein depuis février',
      de: 'Ohne Sekundarschulabschluss, angestellt in einem Privatunternehmen in Flandern, seit Februar in Vollzeit',
    },
    history: history(
      'low-educated-employee',
      [
        ['2018-03-01', employee({ education: 'low', employmentPercent: 80, hoursPerWeek: 30.4, experienceYears: 11, employerFte: 45 })],
        ['2026-02-01', employee({ education: 'low', experienceYears: 12, employerFte: 45 })],
      ],
      [
        ['2025-02-10', 'opleidingscheques', 100],
        ['2025-11-15', 'vlaams-opleidingsverlof', 20],
        ['2026-03-10', 'federaal-opleidingsrecht', 2],
        ['2026-10-05', 'vlaams-opleidingsverlof', 32],
        ['2026-10-12', 'opleidingscheques', 50],
      ],
    ),
  }),
  persona({
    id: 'high-educated-pop',
    name: 'Jonas Claes',
    description: {
      nl: 'Hooggeschoold bediende met een persoonlijk ontwikkelingsplan (POP), sinds september 4/5 met tijdskrediet voor een opleiding',
      en: 'Highly educated employee with a personal development plan (POP), 4/5 time on time credit for training since September',
      fr: 'Employé diplômé du supérieur avec un plan de développement personnel (POP), à 4/5 en crédit-temps formation depuis septembre',
      de: 'Mit Hochschulabschluss und persönlichem Entwicklungsplan (POP), angestellt, seit September zu 4/5 mit Zeitkredit für eine Weiterbildung',
    },
    history: history(
      'high-educated-pop',
      [
        ['2016-09-01', employee({ education: 'high', experienceYears: 8, employerFte: 15 })],
        ['2025-06-01', employee({ education: 'high', popWithin6Years: true, careerVouchersUsed: 'within-6-years', experienceYears: 9, employerFte: 15 })],
        [
          '2026-09-01',
          employee({ education: 'high', employmentPercent: 80, hoursPerWeek: 30.4, popWithin6Years: true, careerVouchersUsed: 'within-6-years', experienceYears: 10, employerFte: 15, timeCreditTraining: true }),
        ],
      ],
      [
        ['2025-05-15', 'loopbaancheques', 1],
        ['2026-09-20', 'opleidingscheques', 125],
        ['2026-10-01', 'vlaams-opleidingsverlof', 40],
        ...monthly('vlaams-opleidingskrediet', '2026-09-01', 2),
      ],
    ),
  }),
  persona({
    id: 'flemish-public-servant',
    name: 'Fatima El Amrani',
    description: {
      nl: 'Middengeschoold, voltijds bij een Vlaamse gemeente sinds 2019; nam zorgkrediet voor een opleiding',
      en: 'Medium-educated, full time at a Flemish municipality since 2019; took care credit for training',
      fr: 'Diplômée du secondaire, à temps plein dans une commune flamande depuis 2019 ; a pris un crédit-soins pour une formation',
      de: 'Mit Sekundarschulabschluss, seit 2019 in Vollzeit bei einer flämischen Gemeinde; hat Pflegekredit für eine Weiterbildung genommen',
    },
    history: history(
      'flemish-public-servant',
      [
        ['2009-09-01', employee({ education: 'medium', experienceYears: 0, employerFte: 300, careerVouchersUsed: 'within-6-years' })],
        ['2019-09-01', employee({ sector: 'flemish-public', education: 'medium', experienceYears: 10, employerFte: 1200, careerVouchersUsed: 'longer-ago' })],
      ],
      monthly('vlaams-zorgkrediet-opleiding', '2025-01-01', 3),
    ),
  }),
  persona({
    id: 'self-employed',
    name: 'Pieter Wouters',
    description: {
      nl: 'Was bediende, sinds april 2025 zelfstandige in hoofdberoep (gegevens van VLAIO zijn een half jaar oud)',
      en: 'Was an employee, self-employed since April 2025 (the VLAIO data is six months old)',
      fr: 'Était employé, indépendant à titre principal depuis avril 2025 (les données de VLAIO datent de six mois)',
      de: 'War angestellt, seit April 2025 selbstständig im Hauptberuf (die Daten von VLAIO sind ein halbes Jahr alt)',
    },
    history: history(
      'self-employed',
      [
        ['2012-05-01', employee({ education: 'medium', experienceYears: 12, employerFte: 20 })],
        ['2025-04-01', { status: 'self-employed', residence: 'flanders', workplace: 'flanders', education: 'medium', experienceYears: 10, careerVouchersUsed: 'never' }],
      ],
      [
        ['2024-11-05', 'opleidingscheques', 60],
        ['2026-05-12', 'kmo-portefeuille', 900],
      ],
    ),
    sourceUpdated: { vlaio: '2026-05-12T10:00:00+02:00' },
  }),
  persona({
    id: 'jobseeker',
    name: 'Lotte Janssens',
    description: {
      nl: 'Werkzoekende in Vlaanderen sinds 2023: geen rechten op de rekening, wel gratis VDAB-opleiding',
      en: 'Job seeker in Flanders since 2023: no rights on the account, but free VDAB training',
      fr: 'Demandeuse d’emploi en Flandre depuis 2023 : pas de droits sur le compte, mais des formations VDAB gratuites',
      de: 'Seit 2023 arbeitsuchend in Flandern: keine Rechte auf dem Konto, aber kostenlose Weiterbildung beim VDAB',
    },
    history: history('jobseeker', [
      ['2019-07-01', employee({ education: 'medium', experienceYears: 0, employerFte: 12 })],
      ['2023-10-01', { status: 'jobseeker', residence: 'flanders', education: 'medium', experienceYears: 4, careerVouchersUsed: 'never' }],
    ]),
  }),
  persona({
    id: 'brussels-employee',
    name: 'Youssef Benali',
    description: {
      nl: 'Woont en werkt in Brussel, bediende in een privébedrijf, sinds 2024 voltijds',
      en: 'Lives and works in Brussels, private-sector employee, full time since 2024',
      fr: 'Habite et travaille à Bruxelles, employé dans le privé, à temps plein depuis 2024',
      de: 'Wohnt und arbeitet in Brüssel, angestellt in einem Privatunternehmen, seit 2024 in Vollzeit',
    },
    history: history(
      'brussels-employee',
      [
        ['2017-02-01', employee({ residence: 'brussels', workplace: 'brussels', education: 'medium', employmentPercent: 80, hoursPerWeek: 30.4, experienceYears: 7, employerFte: 60 })],
        ['2024-01-01', employee({ residence: 'brussels', workplace: 'brussels', education: 'medium', experienceYears: 8, employerFte: 60 })],
      ],
      [
        // VDAB reported two cheques where one was left: a data inconsistency the wallet shows calmly.
        ['2026-02-10', 'loopbaancheques', 2],
        ['2026-06-15', 'federaal-opleidingsrecht', 1],
        ['2026-10-20', 'opleidingscheques', 62.5],
      ],
    ),
  }),
  persona({
    id: 'large',
    name: 'Marc Vermeulen',
    description: {
      nl: 'Kortgeschoold, voltijds in een groot privébedrijf, met tijdskrediet en overgedragen opleidingsdagen',
      en: 'Low-educated, full time at a large private company, with time credit and carried-over training days',
      fr: 'Peu diplômé, à temps plein dans une grande entreprise privée, avec crédit-temps et jours de formation reportés',
      de: 'Ohne Sekundarschulabschluss, in Vollzeit in einem großen Privatunternehmen, mit Zeitkredit und übertragenen Weiterbildungstagen',
    },
    history: history(
      'large',
      [
        ['2004-09-01', employee({ education: 'low', experienceYears: 20, employerFte: 250 })],
        ['2025-03-01', employee({ education: 'low', popWithin6Years: true, experienceYears: 20, employerFte: 250 })],
        ['2025-09-01', employee({ education: 'low', popWithin6Years: true, experienceYears: 21, employerFte: 250, timeCreditTraining: true })],
      ],
      [
        ['2025-05-12', 'federaal-opleidingsrecht', 2],
        ['2025-11-03', 'federaal-opleidingsrecht', 3],
        ['2026-04-20', 'federaal-opleidingsrecht', 1],
        ['2026-09-15', 'opleidingscheques', 100],
        ['2026-10-10', 'vlaams-opleidingsverlof', 60],
        ...monthly('vlaams-opleidingskrediet', '2025-09-01', 14),
      ],
    ),
  }),
  persona({
    id: 'no-rights',
    name: 'Julie Lambert',
    description: {
      nl: 'Woont in Wallonië, werkt bij een federale overheidsdienst in Brussel: geen rechten en geen doorverwijzing',
      en: 'Lives in Wallonia, works for a federal public service in Brussels: no rights and no referral',
      fr: 'Habite en Wallonie, travaille dans un service public fédéral à Bruxelles : aucun droit ni renvoi',
      de: 'Wohnt in der Wallonie, arbeitet bei einem föderalen öffentlichen Dienst in Brüssel: keine Rechte und kein Verweis',
    },
    history: history('no-rights', [
      ['2015-09-01', { status: 'student', residence: 'wallonia', education: 'medium', experienceYears: 0, careerVouchersUsed: 'never' }],
      ['2020-09-01', employee({ sector: 'other-public', residence: 'wallonia', workplace: 'brussels', education: 'medium', experienceYears: 5, employerFte: 800 })],
    ]),
  }),
  persona({
    id: 'partial-sources',
    name: 'Sarah De Smet',
    description: {
      nl: 'Middengeschoold, sinds september voltijds in Vlaanderen; Sigedis (federaal opleidingsrecht) antwoordt niet',
      en: 'Medium-educated, full time in Flanders since September; Sigedis (federal training right) does not answer',
      fr: 'Diplômée du secondaire, à temps plein en Flandre depuis septembre ; Sigedis (droit fédéral à la formation) ne répond pas',
      de: 'Mit Sekundarschulabschluss, seit September in Vollzeit in Flandern; Sigedis (föderales Recht auf Weiterbildung) antwortet nicht',
    },
    history: history(
      'partial-sources',
      [
        ['2020-02-01', employee({ education: 'medium', employmentPercent: 60, hoursPerWeek: 22.8, experienceYears: 5, employerFte: 30 })],
        ['2026-09-01', employee({ education: 'medium', experienceYears: 6, employerFte: 30 })],
      ],
      [['2026-10-20', 'vlaams-opleidingsverlof', 16]],
    ),
    unavailableSources: ['sigedis'],
  }),
];

export const PERSONA_IDS = PERSONAS.map((p) => p.id);

export function findPersona(id: string): Persona | undefined {
  return PERSONAS.find((p) => p.id === id);
}

/** The bearer token (and cookie value) that selects a persona in the mock API. */
export function personaToken(id: string): string {
  return `demo-${id}`;
}

/** The wallet the mock API returns for a persona, in one language: computed from the history, never written. */
export function walletFor(persona: Persona, lang: Lang = 'nl'): Wallet {
  return walletOf(persona.history, {
    referenceDate: REFERENCE_DATE,
    lang,
    generatedAt: GENERATED_AT,
    ...(persona.unavailableSources ? { unavailableSources: persona.unavailableSources } : {}),
    ...(persona.sourceUpdated ? { sourceUpdated: persona.sourceUpdated } : {}),
  });
}

/**
 * A wallet with exactly `count` entitlements (cycling through the large persona's), for stress tests and the
 * bench (e.g. 10, 50, 200 entitlements). Ids stay unique.
 */
export function scaledWallet(count: number, lang: Lang = 'nl'): Wallet {
  const base = findPersona('large');
  if (!base) throw new Error('large persona missing');
  const wallet = walletFor(base, lang);
  const source = wallet.entitlements;
  return {
    ...wallet,
    entitlements: Array.from({ length: count }, (_, i) => {
      const e = source[i % source.length]!;
      return { ...e, id: `${e.id}#${i}` };
    }),
  };
}
