/**
 * Fictional courses served by GET /trainings/{id}. Providers and URLs are made up (example.org); the
 * attributes are what the eligibility rules look at (training.* in eligibility-rules.md §1).
 */
import type { Training } from '../src/api/schemas';

export const TRAININGS: readonly Training[] = [
  {
    // Opens opleidingscheques and Vlaams opleidingsverlof (registered, 40 contact hours, €275).
    id: 'boekhouden-voor-beginners',
    title: 'Boekhouden voor beginners',
    provider: 'Demo-CVO Schelde',
    registered: true,
    odbNumber: 'ODB-DEMO-0001',
    contactHours: 40,
    cost: 275,
    higherEducation: false,
    basicSkills: false,
    url: 'https://opleidingen.example.org/boekhouden-voor-beginners',
  },
  {
    // Basic skills: 100 % support with opleidingscheques (up to €250).
    id: 'digitale-basisvaardigheden',
    title: 'Digitale basisvaardigheden: mails, formulieren en veilig online',
    provider: 'Demo-centrum voor basiseducatie Leie',
    registered: true,
    odbNumber: 'ODB-DEMO-0002',
    contactHours: 36,
    cost: 90,
    higherEducation: false,
    basicSkills: true,
    url: 'https://opleidingen.example.org/digitale-basisvaardigheden',
  },
  {
    // Opens nothing: not in the training database (a hobby course).
    id: 'fotografie-voor-hobbyisten',
    title: 'Fotografie voor hobbyisten',
    provider: 'Demo-fotoatelier Lichtval',
    registered: false,
    odbNumber: null,
    contactHours: 24,
    cost: 180,
    higherEducation: false,
    basicSkills: false,
    url: 'https://opleidingen.example.org/fotografie-voor-hobbyisten',
  },
  {
    // Higher education (graduaat): €250 cheques for the low/medium educated; ≥ 120 h also opens zorgkrediet.
    id: 'graduaat-programmeren',
    title: 'Graduaat Programmeren (avondtraject)',
    provider: 'Demo-hogeschool Noorderkempen',
    registered: true,
    odbNumber: 'ODB-DEMO-0004',
    contactHours: 180,
    cost: 640,
    higherEducation: true,
    basicSkills: false,
    url: 'https://opleidingen.example.org/graduaat-programmeren',
  },
  {
    // Dutch as a second language: basic skills, short.
    id: 'nt2-richtgraad-2',
    title: 'Nederlands tweede taal, richtgraad 2',
    provider: 'Demo-CVO Schelde',
    registered: true,
    odbNumber: 'ODB-DEMO-0005',
    contactHours: 120,
    cost: 120,
    higherEducation: false,
    basicSkills: true,
    url: 'https://opleidingen.example.org/nt2-richtgraad-2',
  },
];

export const TRAINING_IDS = TRAININGS.map((t) => t.id);

export function findTraining(id: string): Training | undefined {
  return TRAININGS.find((t) => t.id === id);
}
