/**
 * Fictional personas of the mock API. Each has a situation in the exact situation model of
 * eligibility-rules.md §1 and a wallet consistent with §3 (rule set in force from 1 September 2025) on the
 * reference date 2026-11-28: school year 2026-2027, calendar year 2026, the single loopbaancheque rule that
 * runs until 31 December 2026. `used` amounts are invented so that remaining < granted where it makes sense.
 *
 * Pick a persona with the bearer token `demo-<id>` (or the cookie `llr-session=demo-<id>`).
 */
import type { Situation } from '../src/domain/situation';
import type { Entitlement, LocalizedText, SourceStatus, Wallet } from '../src/api/schemas';
import { INCENTIVES } from './catalogue';
import { ruleSetInForce } from './rule-sets';

export const REFERENCE_DATE = '2026-11-28';
export const GENERATED_AT = '2026-11-28T07:30:00+01:00';

type Lang = keyof LocalizedText;

export interface PersonaEntitlement extends Omit<Entitlement, 'period'> {
  period: { start: string; end: string | null; label: LocalizedText };
}

export interface Persona {
  id: string;
  /** Fictional display name. */
  name: string;
  /** One line for the persona switcher. */
  description: LocalizedText;
  situation: Situation;
  entitlements: PersonaEntitlement[];
  referrals: string[];
  /** Names of the sources that do not answer for this persona (a partial wallet). */
  unavailableSources?: SourceName[];
}

// ---------------------------------------------------------------- sources and periods

export const SOURCES = {
  wse: { name: 'Departement WSE', incentives: ['opleidingscheques', 'vlaams-opleidingsverlof', 'vlaams-opleidingskrediet', 'vlaams-zorgkrediet-opleiding'] },
  vdab: { name: 'VDAB', incentives: ['loopbaancheques'] },
  sigedis: { name: 'Sigedis (Federal Learning Account)', incentives: ['federaal-opleidingsrecht'] },
  vlaio: { name: 'VLAIO', incentives: ['kmo-portefeuille'] },
} as const;
export type SourceName = keyof typeof SOURCES;

const UPDATED: Record<SourceName, string> = {
  wse: '2026-11-27T06:00:00+01:00',
  vdab: '2026-11-27T23:15:00+01:00',
  sigedis: '2026-11-26T22:00:00+01:00',
  vlaio: '2026-11-20T08:00:00+01:00',
};

const SCHOOL_YEAR = {
  start: '2026-09-01',
  end: '2027-08-31',
  label: { nl: 'schooljaar 2026-2027', en: 'school year 2026-2027', fr: 'année scolaire 2026-2027' },
};
const YEAR_2026 = {
  start: '2026-01-01',
  end: '2026-12-31',
  label: { nl: 'kalenderjaar 2026', en: 'calendar year 2026', fr: 'année civile 2026' },
};
const LOOPBAANCHEQUE_RULE = {
  start: '2025-10-01',
  end: '2026-12-31',
  label: {
    nl: '1 oktober 2025 tot 31 december 2026',
    en: '1 October 2025 to 31 December 2026',
    fr: 'du 1er octobre 2025 au 31 décembre 2026',
  },
};
const CAREER_SINCE_2016 = {
  start: '2016-09-02',
  end: null,
  label: { nl: 'over je hele loopbaan', en: 'over your whole career', fr: 'sur toute votre carrière' },
};

/** VOK premium for a full interruption (incentives.md §3, amount since 1 September 2021; the rule set's amount). */
const VOK_FULL = { amount: 589.48, unit: 'EUR', per: 'month' } as const;

function carriedOver(year: number) {
  return {
    start: `${year}-01-01`,
    end: `${year}-12-31`,
    label: {
      nl: `overgedragen uit ${year}`,
      en: `carried over from ${year}`,
      fr: `reporté de ${year}`,
    },
  };
}

function timeCredit(start: string, end: string) {
  const d = (iso: string, lang: Lang) =>
    new Intl.DateTimeFormat(lang === 'nl' ? 'nl-BE' : lang === 'fr' ? 'fr-BE' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${iso}T00:00:00Z`));
  return {
    start,
    end,
    label: {
      nl: `tijdskrediet van ${d(start, 'nl')} tot ${d(end, 'nl')}`,
      en: `time credit from ${d(start, 'en')} to ${d(end, 'en')}`,
      fr: `crédit-temps du ${d(start, 'fr')} au ${d(end, 'fr')}`,
    },
  };
}

function sourceOf(incentive: string): SourceName {
  for (const [key, source] of Object.entries(SOURCES) as [SourceName, (typeof SOURCES)[SourceName]][]) {
    if ((source.incentives as readonly string[]).includes(incentive)) return key;
  }
  throw new Error(`no source for ${incentive}`);
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** One entitlement; pillar, unit and provider come from the catalogue so they cannot disagree with it. */
function entitlement(
  personaId: string,
  incentive: string,
  o: {
    period: PersonaEntitlement['period'];
    granted: number;
    used: number;
    lapsesOn: string | null;
    suffix?: string;
    lastUpdated?: string;
    rate?: PersonaEntitlement['rate'];
  },
): PersonaEntitlement {
  const entry = INCENTIVES.find((i) => i.id === incentive);
  if (!entry) throw new Error(`unknown incentive ${incentive}`);
  const source = sourceOf(incentive);
  const remaining = round2(o.granted - o.used);
  return {
    id: `${personaId}:${incentive}:${o.suffix ?? o.period.start}`,
    incentive,
    pillar: entry.pillar,
    period: o.period,
    granted: o.granted,
    used: o.used,
    remaining,
    unit: entry.unit,
    lapsesOn: o.lapsesOn,
    provider: entry.provider,
    dataSource: { name: SOURCES[source].name, lastUpdated: o.lastUpdated ?? UPDATED[source] },
    ...(o.rate ? { rate: o.rate } : {}),
    status: remaining <= 0 ? 'used-up' : 'active',
  };
}

// ---------------------------------------------------------------- the personas

const lowEducated = 'low-educated-employee';
const highPop = 'high-educated-pop';
const publicServant = 'flemish-public-servant';
const selfEmployed = 'self-employed';
const jobseeker = 'jobseeker';
const brussels = 'brussels-employee';
const large = 'large';
const noRights = 'no-rights';
const partial = 'partial-sources';

export const PERSONAS: readonly Persona[] = [
  {
    id: lowEducated,
    name: 'An Peeters',
    description: {
      nl: 'Kortgeschoold, voltijds bediende in een privébedrijf in Vlaanderen',
      en: 'Low-educated, full-time private-sector employee in Flanders',
      fr: 'Peu diplômée, employée à temps plein dans le privé en Flandre',
    },
    situation: {
      status: 'employee',
      sector: 'private',
      residence: 'flanders',
      workplace: 'flanders',
      education: 'low',
      employmentPercent: 100,
      hoursPerWeek: 38,
      popWithin6Years: false,
      experienceYears: 12,
      careerVouchersUsed: 'never',
      employerFte: 45,
      timeCreditTraining: false,
    },
    entitlements: [
      entitlement(lowEducated, 'opleidingscheques', { period: SCHOOL_YEAR, granted: 125, used: 50, lapsesOn: '2027-08-31' }),
      entitlement(lowEducated, 'vlaams-opleidingsverlof', { period: SCHOOL_YEAR, granted: 125, used: 32, lapsesOn: '2027-08-31' }),
      entitlement(lowEducated, 'loopbaancheques', { period: LOOPBAANCHEQUE_RULE, granted: 1, used: 0, lapsesOn: '2026-12-31' }),
      entitlement(lowEducated, 'federaal-opleidingsrecht', { period: YEAR_2026, granted: 5, used: 2, lapsesOn: null }),
    ],
    referrals: ['volwassenenonderwijs', 'sectorfonds'],
  },
  {
    id: highPop,
    name: 'Jonas Claes',
    description: {
      nl: 'Hooggeschoold bediende (4/5) met een persoonlijk ontwikkelingsplan (POP), sinds september met tijdskrediet voor een opleiding',
      en: 'Highly educated 4/5-time employee with a personal development plan (POP), on time credit for training since September',
      fr: 'Employé diplômé du supérieur (4/5) avec un plan de développement personnel (POP), en crédit-temps formation depuis septembre',
    },
    situation: {
      status: 'employee',
      sector: 'private',
      residence: 'flanders',
      workplace: 'flanders',
      education: 'high',
      employmentPercent: 80,
      hoursPerWeek: 30.4,
      popWithin6Years: true,
      experienceYears: 9,
      careerVouchersUsed: 'within-6-years',
      employerFte: 15,
      timeCreditTraining: true,
    },
    entitlements: [
      entitlement(highPop, 'opleidingscheques', { period: SCHOOL_YEAR, granted: 125, used: 125, lapsesOn: '2027-08-31' }),
      entitlement(highPop, 'vlaams-opleidingsverlof', { period: SCHOOL_YEAR, granted: 100, used: 40, lapsesOn: '2027-08-31' }),
      entitlement(highPop, 'vlaams-opleidingskrediet', {
        period: timeCredit('2026-09-01', '2027-08-31'),
        granted: 12,
        used: 3,
        lapsesOn: null,
        rate: VOK_FULL,
      }),
      entitlement(highPop, 'federaal-opleidingsrecht', { period: YEAR_2026, granted: 0.8, used: 0, lapsesOn: null }),
    ],
    referrals: ['sectorfonds'],
  },
  {
    id: publicServant,
    name: 'Fatima El Amrani',
    description: {
      nl: 'Middengeschoold, voltijds bij een Vlaamse gemeente; gebruikte lang geleden al loopbaancheques',
      en: 'Medium-educated, full time at a Flemish municipality; used career vouchers long ago',
      fr: 'Diplômée du secondaire, à temps plein dans une commune flamande ; a utilisé des chèques-carrière il y a longtemps',
    },
    situation: {
      status: 'employee',
      sector: 'flemish-public',
      residence: 'flanders',
      workplace: 'flanders',
      education: 'medium',
      employmentPercent: 100,
      hoursPerWeek: 38,
      popWithin6Years: false,
      experienceYears: 15,
      careerVouchersUsed: 'longer-ago',
      employerFte: 1200,
      timeCreditTraining: false,
    },
    entitlements: [
      entitlement(publicServant, 'opleidingscheques', { period: SCHOOL_YEAR, granted: 125, used: 0, lapsesOn: '2027-08-31' }),
      entitlement(publicServant, 'vlaams-zorgkrediet-opleiding', { period: CAREER_SINCE_2016, granted: 18, used: 3, lapsesOn: null }),
    ],
    referrals: [],
  },
  {
    id: selfEmployed,
    name: 'Pieter Wouters',
    description: {
      nl: 'Zelfstandige in hoofdberoep in Vlaanderen (gegevens van VLAIO zijn een half jaar oud)',
      en: 'Self-employed in Flanders (the VLAIO data is six months old)',
      fr: 'Indépendant à titre principal en Flandre (les données de VLAIO datent de six mois)',
    },
    situation: {
      status: 'self-employed',
      residence: 'flanders',
      workplace: 'flanders',
      education: 'medium',
      experienceYears: 10,
      careerVouchersUsed: 'never',
    },
    entitlements: [
      entitlement(selfEmployed, 'kmo-portefeuille', {
        period: YEAR_2026,
        granted: 7500,
        used: 900,
        lapsesOn: '2026-12-31',
        lastUpdated: '2026-05-12T10:00:00+02:00',
      }),
      entitlement(selfEmployed, 'loopbaancheques', { period: LOOPBAANCHEQUE_RULE, granted: 1, used: 0, lapsesOn: '2026-12-31' }),
    ],
    referrals: [],
  },
  {
    id: jobseeker,
    name: 'Lotte Janssens',
    description: {
      nl: 'Werkzoekende in Vlaanderen: geen rechten op de rekening, wel gratis VDAB-opleiding',
      en: 'Job seeker in Flanders: no rights on the account, but free VDAB training',
      fr: 'Demandeuse d’emploi en Flandre : pas de droits sur le compte, mais des formations VDAB gratuites',
    },
    situation: {
      status: 'jobseeker',
      residence: 'flanders',
      education: 'medium',
      experienceYears: 4,
      careerVouchersUsed: 'never',
    },
    entitlements: [],
    referrals: ['vdab-werkzoekenden', 'volwassenenonderwijs'],
  },
  {
    id: brussels,
    name: 'Youssef Benali',
    description: {
      nl: 'Woont en werkt in Brussel, voltijds bediende in een privébedrijf',
      en: 'Lives and works in Brussels, full-time private-sector employee',
      fr: 'Habite et travaille à Bruxelles, employé à temps plein dans le privé',
    },
    situation: {
      status: 'employee',
      sector: 'private',
      residence: 'brussels',
      workplace: 'brussels',
      education: 'medium',
      employmentPercent: 100,
      hoursPerWeek: 38,
      popWithin6Years: false,
      experienceYears: 8,
      careerVouchersUsed: 'never',
      employerFte: 60,
      timeCreditTraining: false,
    },
    entitlements: [
      entitlement(brussels, 'opleidingscheques', { period: SCHOOL_YEAR, granted: 125, used: 62.5, lapsesOn: '2027-08-31' }),
      entitlement(brussels, 'loopbaancheques', { period: LOOPBAANCHEQUE_RULE, granted: 1, used: 0, lapsesOn: '2026-12-31' }),
      entitlement(brussels, 'federaal-opleidingsrecht', { period: YEAR_2026, granted: 5, used: 1, lapsesOn: null }),
    ],
    referrals: ['brussels-educatief-verlof', 'sectorfonds'],
  },
  {
    id: large,
    name: 'Marc Vermeulen',
    description: {
      nl: 'Kortgeschoold, voltijds in een groot privébedrijf, met tijdskrediet en overgedragen opleidingsdagen',
      en: 'Low-educated, full time at a large private company, with time credit and carried-over training days',
      fr: 'Peu diplômé, à temps plein dans une grande entreprise privée, avec crédit-temps et jours de formation reportés',
    },
    situation: {
      status: 'employee',
      sector: 'private',
      residence: 'flanders',
      workplace: 'flanders',
      education: 'low',
      employmentPercent: 100,
      hoursPerWeek: 38,
      popWithin6Years: true,
      experienceYears: 22,
      careerVouchersUsed: 'never',
      employerFte: 250,
      timeCreditTraining: true,
    },
    entitlements: [
      entitlement(large, 'opleidingscheques', { period: SCHOOL_YEAR, granted: 125, used: 100, lapsesOn: '2027-08-31' }),
      entitlement(large, 'vlaams-opleidingsverlof', { period: SCHOOL_YEAR, granted: 125, used: 60, lapsesOn: '2027-08-31' }),
      entitlement(large, 'vlaams-opleidingskrediet', {
        period: timeCredit('2025-09-01', '2027-08-31'),
        granted: 24,
        used: 15,
        lapsesOn: null,
        rate: VOK_FULL,
      }),
      entitlement(large, 'loopbaancheques', { period: LOOPBAANCHEQUE_RULE, granted: 1, used: 0, lapsesOn: '2026-12-31' }),
      entitlement(large, 'federaal-opleidingsrecht', { period: YEAR_2026, granted: 5, used: 1, lapsesOn: null }),
      entitlement(large, 'federaal-opleidingsrecht', { period: carriedOver(2025), granted: 3, used: 0, lapsesOn: null, suffix: 'carry-2025' }),
      entitlement(large, 'federaal-opleidingsrecht', { period: carriedOver(2024), granted: 2, used: 0, lapsesOn: null, suffix: 'carry-2024' }),
    ],
    referrals: ['volwassenenonderwijs', 'sectorfonds'],
  },
  {
    id: noRights,
    name: 'Julie Lambert',
    description: {
      nl: 'Woont in Wallonië, werkt bij een federale overheidsdienst in Brussel: geen rechten en geen doorverwijzing',
      en: 'Lives in Wallonia, works for a federal public service in Brussels: no rights and no referral',
      fr: 'Habite en Wallonie, travaille dans un service public fédéral à Bruxelles : aucun droit ni renvoi',
    },
    situation: {
      status: 'employee',
      sector: 'other-public',
      residence: 'wallonia',
      workplace: 'brussels',
      education: 'medium',
      employmentPercent: 100,
      hoursPerWeek: 38,
      popWithin6Years: false,
      experienceYears: 5,
      careerVouchersUsed: 'never',
      employerFte: 800,
      timeCreditTraining: false,
    },
    entitlements: [],
    referrals: [],
  },
  {
    id: partial,
    name: 'Sarah De Smet',
    description: {
      nl: 'Middengeschoold, voltijds in Vlaanderen; Sigedis (federaal opleidingsrecht) antwoordt niet',
      en: 'Medium-educated, full time in Flanders; Sigedis (federal training right) does not answer',
      fr: 'Diplômée du secondaire, à temps plein en Flandre ; Sigedis (droit fédéral à la formation) ne répond pas',
    },
    situation: {
      status: 'employee',
      sector: 'private',
      residence: 'flanders',
      workplace: 'flanders',
      education: 'medium',
      employmentPercent: 100,
      hoursPerWeek: 38,
      popWithin6Years: false,
      experienceYears: 6,
      careerVouchersUsed: 'never',
      employerFte: 30,
      timeCreditTraining: false,
    },
    entitlements: [
      entitlement(partial, 'opleidingscheques', { period: SCHOOL_YEAR, granted: 125, used: 0, lapsesOn: '2027-08-31' }),
      entitlement(partial, 'vlaams-opleidingsverlof', { period: SCHOOL_YEAR, granted: 125, used: 16, lapsesOn: '2027-08-31' }),
    ],
    referrals: ['sectorfonds'],
    unavailableSources: ['sigedis'],
  },
];

/** The rule set the wallets were computed with (in force on the reference date). */
export const RULE_SET_ID = ruleSetInForce(REFERENCE_DATE)?.id;

export const PERSONA_IDS = PERSONAS.map((p) => p.id);

export function findPersona(id: string): Persona | undefined {
  return PERSONAS.find((p) => p.id === id);
}

/** The bearer token (and cookie value) that selects a persona in the mock API. */
export function personaToken(id: string): string {
  return `demo-${id}`;
}

function localize(e: PersonaEntitlement, lang: Lang): Entitlement {
  return { ...e, period: { ...e.period, label: e.period.label[lang] } };
}

function sourceStatuses(persona: Persona): SourceStatus[] {
  return (Object.keys(SOURCES) as SourceName[]).map((key) => ({
    name: SOURCES[key].name,
    status: persona.unavailableSources?.includes(key) ? 'unavailable' : 'ok',
    incentives: [...SOURCES[key].incentives],
  }));
}

/** The wallet the mock API returns for a persona, in one language. */
export function walletFor(persona: Persona, lang: Lang = 'nl'): Wallet {
  return {
    generatedAt: GENERATED_AT,
    referenceDate: REFERENCE_DATE,
    ...(RULE_SET_ID ? { ruleSet: RULE_SET_ID } : {}),
    entitlements: persona.entitlements.map((e) => localize(e, lang)),
    referrals: [...persona.referrals],
    sources: sourceStatuses(persona),
  };
}

/**
 * A wallet with exactly `count` entitlements (cycling through the large persona's), for stress tests and the
 * bench (e.g. 10, 50, 200 entitlements). Ids stay unique.
 */
export function scaledWallet(count: number, lang: Lang = 'nl'): Wallet {
  const base = findPersona(large);
  if (!base) throw new Error('large persona missing');
  const wallet = walletFor(base, lang);
  const source = wallet.entitlements;
  wallet.entitlements = Array.from({ length: count }, (_, i) => {
    const e = source[i % source.length] as Entitlement;
    return { ...e, id: `${e.id}#${i}` };
  });
  return wallet;
}
