/**
 * The incentive catalogue served by the mock API: every incentive and referral id of eligibility-rules.md,
 * in nl (plain B1 Dutch), en and fr. Facts and links come from ../shared/docs/incentives.md; where that file
 * names no official page for applying, the provider's home page is linked rather than a guessed deep link.
 */
import type { Catalogue, Incentive, Referral } from '../src/api/schemas';

export const CATALOGUE_UPDATED_AT = '2026-11-02T09:00:00+01:00';

export const INCENTIVES: readonly Incentive[] = [
  {
    kind: 'incentive',
    id: 'opleidingscheques',
    name: { nl: 'Opleidingscheques', en: 'Training vouchers', fr: 'Chèques-formation flamands', de: 'Flämische Bildungsschecks' },
    summary: {
      nl: 'Je betaalt de helft van je opleiding. De Vlaamse overheid betaalt de andere helft, tot 125 euro per schooljaar.',
      en: 'You pay half of your course. The Flemish government pays the other half, up to 125 euros per school year.',
      fr: 'Vous payez la moitié de votre formation. Le gouvernement flamand paie l’autre moitié, jusqu’à 125 euros par année scolaire.',
      de: 'Sie zahlen die Hälfte Ihrer Weiterbildung. Die flämische Regierung zahlt die andere Hälfte, bis zu 125 Euro pro Schuljahr.',
    },
    howToApply: {
      nl: [
        'Kies een opleiding uit de Opleidingsdatabank of uit je persoonlijk ontwikkelingsplan.',
        'Vraag de cheques digitaal aan via het WSE-loket, vóór je opleiding begint.',
        'Betaal jouw helft. Je krijgt de cheques van Edenred.',
        'Geef de cheques aan je opleidingsverstrekker.',
      ],
      en: [
        'Choose a course from the training database or from your personal development plan.',
        'Apply for the vouchers online in the WSE-loket, before your course starts.',
        'Pay your half. Edenred sends you the vouchers.',
        'Give the vouchers to your training provider.',
      ],
      fr: [
        'Choisissez une formation dans la base de données des formations ou dans votre plan de développement personnel.',
        'Demandez les chèques en ligne via le guichet WSE, avant le début de la formation.',
        'Payez votre moitié. Edenred vous envoie les chèques.',
        'Remettez les chèques à votre organisme de formation.',
      ],
      de: [
        'Wählen Sie eine Weiterbildung aus der flämischen Weiterbildungsdatenbank oder aus Ihrem persönlichen Entwicklungsplan.',
        'Beantragen Sie die Schecks online im WSE-Schalter (WSE-loket), bevor Ihre Weiterbildung beginnt.',
        'Zahlen Sie Ihre Hälfte. Edenred schickt Ihnen die Schecks.',
        'Geben Sie die Schecks Ihrem Weiterbildungsanbieter.',
      ],
    },
    links: [
      {
        label: {
          nl: 'Opleidingscheques op vlaanderen.be',
          en: 'Training vouchers on vlaanderen.be',
          fr: 'Chèques-formation sur vlaanderen.be',
          de: 'Bildungsschecks auf vlaanderen.be',
        },
        url: 'https://www.vlaanderen.be/opleidingscheques-voor-werknemers',
      },
    ],
    pillar: 'money',
    unit: 'EUR',
    provider: 'Departement WSE',
    legalSource: {
      title: 'Decreet van 29 maart 2019 en besluit van de Vlaamse Regering van 17 mei 2019 (opleidingscheques)',
      url: 'https://www.lexalert.be/nl/article/nieuwe-regels-vlaamse-opleidingscheques-vanaf-1-september-2019',
    },
  },
  {
    kind: 'incentive',
    id: 'vlaams-opleidingsverlof',
    name: { nl: 'Vlaams opleidingsverlof', en: 'Flemish training leave', fr: 'Congé-formation flamand', de: 'Flämischer Bildungsurlaub' },
    summary: {
      nl: 'Je volgt een opleiding tijdens je werkuren en je krijgt gewoon je loon. Tot 125 uur per schooljaar.',
      en: 'You follow a course during working hours and keep your normal pay. Up to 125 hours per school year.',
      fr: 'Vous suivez une formation pendant vos heures de travail en gardant votre salaire. Jusqu’à 125 heures par année scolaire.',
      de: 'Sie machen eine Weiterbildung während Ihrer Arbeitszeit und erhalten weiter Ihren Lohn. Bis zu 125 Stunden pro Schuljahr.',
    },
    howToApply: {
      nl: [
        'Kies een opleiding uit de Opleidingsdatabank.',
        'Vraag het verlof schriftelijk aan bij je werkgever.',
        'Geef je werkgever het inschrijvingsbewijs en later het attest van aanwezigheid.',
      ],
      en: [
        'Choose a course from the training database.',
        'Ask your employer for the leave in writing.',
        'Give your employer the enrolment certificate and, later, the attendance certificate.',
      ],
      fr: [
        'Choisissez une formation dans la base de données des formations.',
        'Demandez le congé par écrit à votre employeur.',
        'Remettez à votre employeur l’attestation d’inscription, puis l’attestation de présence.',
      ],
      de: [
        'Wählen Sie eine Weiterbildung aus der flämischen Weiterbildungsdatenbank.',
        'Beantragen Sie den Urlaub schriftlich bei Ihrem Arbeitgeber.',
        'Geben Sie Ihrem Arbeitgeber die Einschreibebescheinigung und später die Anwesenheitsbescheinigung.',
      ],
    },
    links: [
      {
        label: {
          nl: 'Hoeveel uur opleidingsverlof heb je?',
          en: 'How many hours of training leave do you have?',
          fr: 'Combien d’heures de congé-formation avez-vous ?',
          de: 'Wie viele Stunden Bildungsurlaub haben Sie?',
        },
        url: 'https://www.vlaanderen.be/als-werknemer-vlaams-opleidingsverlof-opnemen/aantal-uren-vlaams-opleidingsverlof-per-schooljaar',
      },
    ],
    pillar: 'time',
    unit: 'hours',
    provider: 'Departement WSE',
    legalSource: {
      title: 'Vlaamse Regering, 25 april 2025: tijdelijke technische aanpassingen aan de voorwaarden van het Vlaams opleidingsverlof',
      url: 'https://www.vlaanderen.be/vlaamse-regering/beslissingen-van-de-vlaamse-regering/tijdelijke-technische-aanpassingen-voorwaarden-om-in-aanmerking-te-komen-voor-het-vlaams-opleidingsverlof',
    },
  },
  {
    kind: 'incentive',
    id: 'vlaams-opleidingskrediet',
    name: {
      nl: 'Aanmoedigingspremie Vlaams opleidingskrediet',
      en: 'Flemish training credit premium',
      fr: 'Prime d’encouragement crédit-formation flamand',
      de: 'Aufmunterungsprämie für den flämischen Bildungskredit',
    },
    summary: {
      nl: 'Je werkt minder om te leren met tijdskrediet. Vlaanderen geeft je daarbovenop elke maand een premie.',
      en: 'You work less to study with time credit. Flanders adds a premium every month.',
      fr: 'Vous travaillez moins pour vous former avec un crédit-temps. La Flandre ajoute une prime chaque mois.',
      de: 'Sie arbeiten mit einem Zeitkredit weniger, um zu lernen. Flandern zahlt Ihnen dazu jeden Monat eine Prämie.',
    },
    howToApply: {
      nl: [
        'Vraag tijdskrediet met motief opleiding aan bij je werkgever en de RVA.',
        'Wacht op de goedkeuringsbrief van de RVA (C62).',
        'Vraag de premie online aan via het WSE-loket en voeg de brief toe.',
      ],
      en: [
        'Apply for time credit with the motive "training" with your employer and the RVA/ONEM.',
        'Wait for the RVA/ONEM approval letter (C62).',
        'Apply for the premium online in the WSE-loket and attach the letter.',
      ],
      fr: [
        'Demandez un crédit-temps pour motif de formation à votre employeur et à l’ONEM.',
        'Attendez la lettre d’approbation de l’ONEM (C62).',
        'Demandez la prime en ligne via le guichet WSE en joignant la lettre.',
      ],
      de: [
        'Beantragen Sie bei Ihrem Arbeitgeber und beim LfA einen Zeitkredit mit dem Motiv Ausbildung.',
        'Warten Sie auf das Genehmigungsschreiben des LfA (C62).',
        'Beantragen Sie die Prämie online im WSE-Schalter (WSE-loket) und fügen Sie das Schreiben bei.',
      ],
    },
    links: [
      {
        label: {
          nl: 'Aanmoedigingspremie opleidingskrediet',
          en: 'Training credit premium',
          fr: 'Prime crédit-formation',
          de: 'Aufmunterungsprämie für den Bildungskredit',
        },
        url: 'https://www.vlaanderen.be/aanmoedigingspremie-opleidingskrediet-privesector',
      },
    ],
    pillar: 'time',
    unit: 'months',
    provider: 'Departement WSE',
    legalSource: {
      title: 'Aanmoedigingspremie opleidingskrediet: voorwaarden (privésector)',
      url: 'https://www.vlaanderen.be/aanmoedigingspremie-opleidingskrediet-privesector/aanmoedigingspremie-opleidingskrediet-voorwaarden-privesector',
    },
  },
  {
    kind: 'incentive',
    id: 'vlaams-zorgkrediet-opleiding',
    name: {
      nl: 'Vlaams zorgkrediet voor een opleiding',
      en: 'Flemish care credit for training',
      fr: 'Crédit-soins flamand pour une formation',
      de: 'Flämischer Pflegekredit für eine Weiterbildung',
    },
    summary: {
      nl: 'Je werkt bij de Vlaamse overheid, in het onderwijs of bij een lokaal bestuur. Je werkt minder of niet om te leren, en je krijgt een uitkering.',
      en: 'You work for the Flemish government, in education or for a local authority. You work less or stop to study, and you receive an allowance.',
      fr: 'Vous travaillez pour l’administration flamande, dans l’enseignement ou pour un pouvoir local. Vous travaillez moins ou plus pour vous former, avec une allocation.',
      de: 'Sie arbeiten für die flämische Verwaltung, im Unterrichtswesen oder für eine lokale Verwaltung. Sie arbeiten weniger oder gar nicht, um zu lernen, und erhalten eine Zulage.',
    },
    howToApply: {
      nl: [
        'Kies een opleiding van minstens 120 contacturen per jaar.',
        'Je werkgever start de aanvraag in het WSE-loket. Jij vult ze aan.',
        'Doe dat ten vroegste 6 maanden voor de start en ten laatste 2 maanden erna.',
      ],
      en: [
        'Choose a course of at least 120 contact hours a year.',
        'Your employer starts the application in the WSE-loket. You complete it.',
        'Do this at the earliest 6 months before the start and at the latest 2 months after.',
      ],
      fr: [
        'Choisissez une formation d’au moins 120 heures de contact par an.',
        'Votre employeur lance la demande dans le guichet WSE. Vous la complétez.',
        'Faites-le au plus tôt 6 mois avant le début et au plus tard 2 mois après.',
      ],
      de: [
        'Wählen Sie eine Weiterbildung mit mindestens 120 Unterrichtsstunden pro Jahr.',
        'Ihr Arbeitgeber beginnt den Antrag im WSE-Schalter (WSE-loket). Sie ergänzen ihn.',
        'Tun Sie das frühestens 6 Monate vor dem Beginn und spätestens 2 Monate danach.',
      ],
    },
    links: [
      {
        label: {
          nl: 'Zorgkrediet opnemen om een opleiding te volgen',
          en: 'Care credit to follow a course',
          fr: 'Crédit-soins pour suivre une formation',
          de: 'Pflegekredit nehmen, um eine Weiterbildung zu machen',
        },
        url: 'https://www.vlaanderen.be/vlaams-zorgkrediet/vlaams-zorgkrediet-opnemen-om-een-opleiding-te-volgen',
      },
    ],
    pillar: 'time',
    unit: 'months',
    provider: 'Departement WSE',
    legalSource: {
      title: 'Besluit van de Vlaamse Regering over het Vlaams zorgkrediet (Edulex)',
      url: 'https://data-onderwijs.vlaanderen.be/edulex/document.aspx?docid=14977',
    },
  },
  {
    kind: 'incentive',
    id: 'loopbaancheques',
    name: { nl: 'Loopbaancheque', en: 'Career guidance voucher', fr: 'Chèque-carrière', de: 'Laufbahnscheck' },
    summary: {
      nl: 'Je praat 4 uur met een loopbaancoach over je werk en je toekomst. Je betaalt zelf 45 euro.',
      en: 'You talk for 4 hours with a career coach about your work and your future. You pay 45 euros yourself.',
      fr: 'Vous parlez 4 heures avec un coach de carrière de votre travail et de votre avenir. Vous payez 45 euros.',
      de: 'Sie sprechen 4 Stunden mit einem Laufbahncoach über Ihre Arbeit und Ihre Zukunft. Sie zahlen selbst 45 Euro.',
    },
    howToApply: {
      nl: [
        'Bestel je loopbaancheque bij VDAB.',
        'Betaal je eigen bijdrage van 45 euro via Edenred.',
        'Kies een erkend loopbaancentrum en maak een afspraak.',
      ],
      en: [
        'Order your career guidance voucher from VDAB.',
        'Pay your own contribution of 45 euros via Edenred.',
        'Choose a recognised career centre and make an appointment.',
      ],
      fr: [
        'Commandez votre chèque-carrière auprès du VDAB.',
        'Payez votre contribution de 45 euros via Edenred.',
        'Choisissez un centre de carrière agréé et prenez rendez-vous.',
      ],
      de: [
        'Bestellen Sie Ihren Laufbahnscheck beim VDAB.',
        'Zahlen Sie Ihren Eigenanteil von 45 Euro über Edenred.',
        'Wählen Sie ein anerkanntes Laufbahnzentrum und vereinbaren Sie einen Termin.',
      ],
    },
    links: [
      {
        label: { nl: 'VDAB', en: 'VDAB', fr: 'VDAB', de: 'VDAB' },
        url: 'https://www.vdab.be',
      },
      {
        label: {
          nl: 'Over loopbaanbegeleiding met de loopbaancheque',
          en: 'About career guidance with the voucher',
          fr: 'À propos de l’accompagnement de carrière',
          de: 'Über die Laufbahnbegleitung mit dem Laufbahnscheck',
        },
        url: 'https://odin.vlaanderen.be/onderzoek-en-beleid/over-loopbaanbegeleiding-met-de-loopbaancheque',
      },
    ],
    pillar: 'money',
    unit: 'cheques',
    provider: 'VDAB',
    legalSource: {
      title: 'Vlaamse Regering, 18 juli 2025: omvorming van loopbaancheques naar loopbaankrediet (tijdelijke afwijking)',
      url: 'https://www.vlaanderen.be/vlaamse-regering/beslissingen-van-de-vlaamse-regering/omvorming-loopbaancheques-naar-loopbaankrediet-bepaling-tijdelijke-afwijking-van-besluiten-over-loopbaanbegeleiding',
    },
  },
  {
    kind: 'incentive',
    id: 'federaal-opleidingsrecht',
    name: {
      nl: 'Federaal opleidingsrecht',
      en: 'Federal right to training',
      fr: 'Droit fédéral à la formation',
      de: 'Föderales Recht auf Weiterbildung',
    },
    summary: {
      nl: 'Je werkgever geeft je elk jaar opleidingsdagen. Bij minstens 20 werknemers zijn dat er 5 per jaar, voltijds.',
      en: 'Your employer gives you training days every year. With at least 20 staff, that is 5 days a year, full time.',
      fr: 'Votre employeur vous accorde des jours de formation chaque année. À partir de 20 travailleurs, 5 jours par an à temps plein.',
      de: 'Ihr Arbeitgeber gibt Ihnen jedes Jahr Weiterbildungstage. Ab 20 Arbeitnehmern sind das 5 Tage pro Jahr bei Vollzeit.',
    },
    howToApply: {
      nl: [
        'Bekijk je opleidingsdagen op mycareer.be (Federal Learning Account).',
        'Spreek met je werkgever af welke opleiding je volgt.',
        'Dagen die je niet gebruikt, schuiven door naar volgend jaar.',
      ],
      en: [
        'Check your training days on mycareer.be (Federal Learning Account).',
        'Agree with your employer which course you follow.',
        'Days you do not use move on to next year.',
      ],
      fr: [
        'Consultez vos jours de formation sur mycareer.be (Federal Learning Account).',
        'Convenez avec votre employeur de la formation à suivre.',
        'Les jours non utilisés sont reportés à l’année suivante.',
      ],
      de: [
        'Sehen Sie Ihre Weiterbildungstage auf mycareer.be nach (Federal Learning Account).',
        'Vereinbaren Sie mit Ihrem Arbeitgeber, welche Weiterbildung Sie machen.',
        'Tage, die Sie nicht nutzen, gehen ins nächste Jahr über.',
      ],
    },
    links: [
      {
        label: { nl: 'MyCareer.be', en: 'MyCareer.be', fr: 'MyCareer.be', de: 'MyCareer.be' },
        url: 'https://www.mycareer.be',
      },
    ],
    pillar: 'time',
    unit: 'days',
    provider: 'FOD WASO / Sigedis',
    legalSource: {
      title: 'Wet van 3 oktober 2022 houdende diverse arbeidsbepalingen (arbeidsdeal): individueel opleidingsrecht',
      url: 'https://www.prato.be/individueel-opleidingsrecht-en-jaarlijks-opleidingsplan/',
    },
  },
  {
    kind: 'incentive',
    id: 'kmo-portefeuille',
    name: { nl: 'KMO-portefeuille', en: 'SME wallet', fr: 'Portefeuille PME', de: 'KMU-Portfolio' },
    summary: {
      nl: 'Je bent zelfstandige in Vlaanderen. VLAIO betaalt 30 procent van je opleiding terug, tot 7.500 euro per jaar.',
      en: 'You are self-employed in Flanders. VLAIO pays back 30 percent of your training, up to 7,500 euros a year.',
      fr: 'Vous êtes indépendant en Flandre. VLAIO rembourse 30 pour cent de votre formation, jusqu’à 7 500 euros par an.',
      de: 'Sie sind in Flandern selbstständig. VLAIO zahlt Ihnen 30 Prozent Ihrer Weiterbildung zurück, bis zu 7.500 Euro pro Jahr.',
    },
    howToApply: {
      nl: [
        'Kies een opleiding bij een geregistreerde dienstverlener.',
        'Vraag de steun aan bij VLAIO, ten laatste 14 dagen na de start.',
        'Betaal jouw deel in de KMO-portefeuille. VLAIO legt de rest bij.',
      ],
      en: [
        'Choose a course from a registered service provider.',
        'Apply to VLAIO no later than 14 days after the start.',
        'Pay your share into the SME wallet. VLAIO adds the rest.',
      ],
      fr: [
        'Choisissez une formation chez un prestataire enregistré.',
        'Faites la demande auprès de VLAIO au plus tard 14 jours après le début.',
        'Versez votre part dans le portefeuille PME. VLAIO ajoute le reste.',
      ],
      de: [
        'Wählen Sie eine Weiterbildung bei einem registrierten Dienstleister.',
        'Beantragen Sie den Zuschuss bei VLAIO, spätestens 14 Tage nach dem Beginn.',
        'Zahlen Sie Ihren Anteil in das KMU-Portfolio ein. VLAIO zahlt den Rest dazu.',
      ],
    },
    links: [
      {
        label: { nl: 'KMO-portefeuille bij VLAIO', en: 'SME wallet at VLAIO', fr: 'Portefeuille PME chez VLAIO', de: 'KMU-Portfolio bei VLAIO' },
        url: 'https://www.vlaio.be/nl/subsidies-financiering/subsidiedatabank/kmo-portefeuille-steun-voor-opleiding-en-advies',
      },
    ],
    pillar: 'money',
    unit: 'EUR',
    provider: 'VLAIO',
    legalSource: {
      title: 'KMO-portefeuille: steun voor opleiding en advies (VLAIO subsidiedatabank)',
      url: 'https://www.vlaio.be/nl/subsidies-financiering/subsidiedatabank/kmo-portefeuille-steun-voor-opleiding-en-advies',
    },
  },
];

export const REFERRALS: readonly Referral[] = [
  {
    kind: 'referral',
    id: 'vdab-werkzoekenden',
    name: {
      nl: 'Gratis opleiding bij VDAB',
      en: 'Free training at VDAB',
      fr: 'Formation gratuite au VDAB',
      de: 'Kostenlose Weiterbildung beim VDAB',
    },
    summary: {
      nl: 'Je zoekt werk. Een opleiding bij VDAB is gratis en je houdt je uitkering.',
      en: 'You are looking for work. VDAB training is free and you keep your benefit.',
      fr: 'Vous cherchez un emploi. Les formations du VDAB sont gratuites et vous gardez votre allocation.',
      de: 'Sie suchen Arbeit. Eine Weiterbildung beim VDAB ist kostenlos, und Sie behalten Ihr Arbeitslosengeld.',
    },
    howToApply: {
      nl: ['Schrijf je in als werkzoekende bij VDAB.', 'Bespreek met je VDAB-bemiddelaar welke opleiding past.'],
      en: ['Register as a job seeker with VDAB.', 'Discuss with your VDAB counsellor which course fits.'],
      fr: ['Inscrivez-vous comme demandeur d’emploi au VDAB.', 'Voyez avec votre conseiller VDAB quelle formation vous convient.'],
      de: ['Melden Sie sich beim VDAB als Arbeitsuchender an.', 'Besprechen Sie mit Ihrem VDAB-Berater, welche Weiterbildung passt.'],
    },
    links: [
      {
        label: {
          nl: 'Opleiding volgen met behoud van uitkering',
          en: 'Training while keeping your benefit',
          fr: 'Formation avec maintien des allocations',
          de: 'Weiterbildung machen und Arbeitslosengeld behalten',
        },
        url: 'https://www.vdab.be/vrijstellingen/erkend',
      },
    ],
    provider: 'VDAB',
  },
  {
    kind: 'referral',
    id: 'actiris',
    name: { nl: 'Actiris (Brussel)', en: 'Actiris (Brussels)', fr: 'Actiris (Bruxelles)', de: 'Actiris (Brüssel)' },
    summary: {
      nl: 'Je woont in Brussel en zoekt werk. Actiris helpt je met opleidingen, taalcheques en ICT-cheques.',
      en: 'You live in Brussels and look for work. Actiris helps with training, language and ICT vouchers.',
      fr: 'Vous habitez Bruxelles et cherchez un emploi. Actiris vous aide avec des formations et des chèques langues et TIC.',
      de: 'Sie wohnen in Brüssel und suchen Arbeit. Actiris hilft Ihnen mit Weiterbildungen, Sprachschecks und IKT-Schecks.',
    },
    howToApply: {
      nl: ['Schrijf je in bij Actiris.', 'Vraag je consulent naar opleidingen en cheques.'],
      en: ['Register with Actiris.', 'Ask your counsellor about training and vouchers.'],
      fr: ['Inscrivez-vous chez Actiris.', 'Demandez à votre conseiller les formations et les chèques.'],
      de: ['Melden Sie sich bei Actiris an.', 'Fragen Sie Ihren Berater nach Weiterbildungen und Schecks.'],
    },
    links: [
      {
        label: {
          nl: 'Opleidingscheques bij Actiris',
          en: 'Training vouchers at Actiris',
          fr: 'Chèques-formation chez Actiris',
          de: 'Bildungsschecks bei Actiris',
        },
        url: 'https://www.actiris.brussels/nl/burgers/opleidingscheques/',
      },
    ],
    provider: 'Actiris',
  },
  {
    kind: 'referral',
    id: 'forem',
    name: { nl: 'Le Forem (Wallonië)', en: 'Le Forem (Wallonia)', fr: 'Le Forem (Wallonie)', de: 'Le Forem (Wallonie)' },
    summary: {
      nl: 'Je woont in Wallonië en zoekt werk. Le Forem helpt je met een opleiding.',
      en: 'You live in Wallonia and look for work. Le Forem helps you find training.',
      fr: 'Vous habitez en Wallonie et cherchez un emploi. Le Forem vous aide à vous former.',
      de: 'Sie wohnen in der Wallonie und suchen Arbeit. Le Forem hilft Ihnen bei einer Weiterbildung.',
    },
    howToApply: {
      nl: ['Schrijf je in bij Le Forem.', 'Vraag je adviseur welke opleiding past.'],
      en: ['Register with Le Forem.', 'Ask your adviser which course fits.'],
      fr: ['Inscrivez-vous au Forem.', 'Demandez à votre conseiller quelle formation vous convient.'],
      de: ['Melden Sie sich bei Le Forem an.', 'Fragen Sie Ihren Berater, welche Weiterbildung passt.'],
    },
    links: [{ label: { nl: 'Le Forem', en: 'Le Forem', fr: 'Le Forem', de: 'Le Forem' }, url: 'https://www.leforem.be' }],
    provider: 'Le Forem',
  },
  {
    kind: 'referral',
    id: 'brussels-educatief-verlof',
    name: {
      nl: 'Brussels betaald educatief verlof',
      en: 'Brussels paid educational leave',
      fr: 'Congé-éducation payé bruxellois',
      de: 'Bezahlter Bildungsurlaub in Brüssel',
    },
    summary: {
      nl: 'Je werkt in Brussel. Je volgt een opleiding tijdens je werkuren en houdt je loon.',
      en: 'You work in Brussels. You follow a course during working hours and keep your pay.',
      fr: 'Vous travaillez à Bruxelles. Vous suivez une formation pendant vos heures de travail en gardant votre salaire.',
      de: 'Sie arbeiten in Brüssel. Sie machen eine Weiterbildung während Ihrer Arbeitszeit und behalten Ihren Lohn.',
    },
    howToApply: {
      nl: ['Kies een erkende opleiding.', 'Vraag het verlof aan bij je werkgever.'],
      en: ['Choose a recognised course.', 'Ask your employer for the leave.'],
      fr: ['Choisissez une formation agréée.', 'Demandez le congé à votre employeur.'],
      de: ['Wählen Sie eine anerkannte Weiterbildung.', 'Beantragen Sie den Urlaub bei Ihrem Arbeitgeber.'],
    },
    links: [
      {
        label: {
          nl: 'Educatief verlof in Brussel',
          en: 'Educational leave in Brussels',
          fr: 'Congé-éducation à Bruxelles',
          de: 'Bildungsurlaub in Brüssel',
        },
        url: 'https://economie-werk.brussels/educatief-verlof-duur',
      },
    ],
    provider: 'Brussel Economie en Werk',
  },
  {
    kind: 'referral',
    id: 'conge-education-paye',
    name: {
      nl: 'Waals betaald educatief verlof',
      en: 'Walloon paid educational leave',
      fr: 'Congé-éducation payé wallon',
      de: 'Bezahlter Bildungsurlaub in der Wallonie',
    },
    summary: {
      nl: 'Je werkt in Wallonië. Je volgt een opleiding tijdens je werkuren en houdt je loon.',
      en: 'You work in Wallonia. You follow a course during working hours and keep your pay.',
      fr: 'Vous travaillez en Wallonie. Vous suivez une formation pendant vos heures de travail en gardant votre salaire.',
      de: 'Sie arbeiten in der Wallonie. Sie machen eine Weiterbildung während Ihrer Arbeitszeit und behalten Ihren Lohn.',
    },
    howToApply: {
      nl: ['Kies een erkende opleiding van minstens 32 uur.', 'Vraag het verlof aan bij je werkgever, ten laatste op 31 oktober.'],
      en: ['Choose a recognised course of at least 32 hours.', 'Ask your employer for the leave by 31 October.'],
      fr: ['Choisissez une formation agréée d’au moins 32 heures.', 'Demandez le congé à votre employeur au plus tard le 31 octobre.'],
      de: [
        'Wählen Sie eine anerkannte Weiterbildung von mindestens 32 Stunden.',
        'Beantragen Sie den Urlaub spätestens am 31. Oktober bei Ihrem Arbeitgeber.',
      ],
    },
    links: [
      {
        label: {
          nl: 'Congé-éducation payé',
          en: 'Congé-éducation payé',
          fr: 'Congé-éducation payé',
          de: 'Congé-éducation payé (bezahlter Bildungsurlaub)',
        },
        url: 'https://emploi.wallonie.be/nl/home/formation/conge-education-paye.html',
      },
    ],
    provider: 'Service public de Wallonie',
  },
  {
    kind: 'referral',
    id: 'volwassenenonderwijs',
    name: {
      nl: 'Korting in het volwassenenonderwijs',
      en: 'Reduced fees in adult education',
      fr: 'Réduction dans l’enseignement pour adultes',
      de: 'Ermäßigung in der Erwachsenenbildung',
    },
    summary: {
      nl: 'In een centrum voor volwassenenonderwijs betaal je soms minder of niets voor je inschrijving.',
      en: 'At an adult education centre you sometimes pay less or nothing to enrol.',
      fr: 'Dans un centre d’enseignement pour adultes, l’inscription est parfois réduite ou gratuite.',
      de: 'In einem Zentrum für Erwachsenenbildung zahlen Sie manchmal weniger oder nichts für Ihre Einschreibung.',
    },
    howToApply: {
      nl: ['Kies een opleiding bij een CVO of centrum voor basiseducatie.', 'Vraag bij je inschrijving naar vrijstelling van inschrijvingsgeld.'],
      en: ['Choose a course at an adult education centre (CVO) or basic education centre.', 'Ask about fee exemption when you enrol.'],
      fr: ['Choisissez une formation dans un CVO ou un centre d’éducation de base.', 'Demandez l’exonération des droits lors de l’inscription.'],
      de: [
        'Wählen Sie eine Weiterbildung in einem Zentrum für Erwachsenenbildung (CVO) oder für Grundbildung.',
        'Fragen Sie bei der Einschreibung nach einer Befreiung von der Einschreibegebühr.',
      ],
    },
    links: [
      {
        label: {
          nl: 'Vrijstelling van inschrijvingsgeld',
          en: 'Fee exemption',
          fr: 'Exonération des droits d’inscription',
          de: 'Befreiung von der Einschreibegebühr',
        },
        url: 'https://onderwijs.vlaanderen.be/vrijstelling-van-inschrijvingsgeld-in-het-volwassenenonderwijs',
      },
    ],
    provider: 'Departement Onderwijs en Vorming',
  },
  {
    kind: 'referral',
    id: 'sectorfonds',
    name: {
      nl: 'Opleiding via je sectorfonds',
      en: 'Training through your sector fund',
      fr: 'Formation via votre fonds sectoriel',
      de: 'Weiterbildung über Ihren Sektorfonds',
    },
    summary: {
      nl: 'Je sector heeft een opleidingsfonds. Daar zijn veel opleidingen gratis of goedkoper.',
      en: 'Your sector has a training fund. Many courses there are free or cheaper.',
      fr: 'Votre secteur a un fonds de formation. Beaucoup de formations y sont gratuites ou moins chères.',
      de: 'Ihr Sektor hat einen Bildungsfonds. Dort sind viele Weiterbildungen kostenlos oder günstiger.',
    },
    howToApply: {
      nl: ['Vraag je werkgever of vakbond welk paritair comité bij je past.', 'Kijk op de website van dat sectorfonds.'],
      en: ['Ask your employer or union which joint committee you belong to.', 'Check that sector fund’s website.'],
      fr: ['Demandez à votre employeur ou syndicat votre commission paritaire.', 'Consultez le site de ce fonds sectoriel.'],
      de: [
        'Fragen Sie Ihren Arbeitgeber oder Ihre Gewerkschaft, zu welcher paritätischen Kommission Sie gehören.',
        'Sehen Sie auf der Website dieses Sektorfonds nach.',
      ],
    },
    links: [
      {
        label: {
          nl: 'Overzicht van de sectorfondsen',
          en: 'Overview of the sector funds',
          fr: 'Aperçu des fonds sectoriels',
          de: 'Übersicht der Sektorfonds',
        },
        url: 'https://www.acv-online.be/acv-online/Ik-zoek/Contract/opleiding/opleidingsaanbod/sectorfondsen/sectorfondsen.html',
      },
    ],
    provider: 'Sectorfondsen',
  },
  {
    kind: 'referral',
    id: 'loopbaanbegeleiding',
    name: { nl: 'Loopbaanbegeleiding', en: 'Career guidance', fr: 'Accompagnement de carrière', de: 'Laufbahnbegleitung' },
    summary: {
      nl: 'Na loopbaanbegeleiding heb je een persoonlijk ontwikkelingsplan. Daarmee kan je ook opleidingscheques krijgen.',
      en: 'After career guidance you have a personal development plan. With it you can also get training vouchers.',
      fr: 'Après un accompagnement de carrière, vous avez un plan de développement personnel. Il donne aussi droit aux chèques-formation.',
      de: 'Nach einer Laufbahnbegleitung haben Sie einen persönlichen Entwicklungsplan. Damit können Sie auch Bildungsschecks erhalten.',
    },
    howToApply: {
      nl: ['Kijk of je recht hebt op een loopbaancheque.', 'Vraag je loopbaancoach om een persoonlijk ontwikkelingsplan.'],
      en: ['Check whether you have a right to a career guidance voucher.', 'Ask your career coach for a personal development plan.'],
      fr: ['Vérifiez si vous avez droit à un chèque-carrière.', 'Demandez à votre coach un plan de développement personnel.'],
      de: [
        'Sehen Sie nach, ob Sie Anrecht auf einen Laufbahnscheck haben.',
        'Bitten Sie Ihren Laufbahncoach um einen persönlichen Entwicklungsplan.',
      ],
    },
    links: [
      {
        label: {
          nl: 'Over loopbaanbegeleiding',
          en: 'About career guidance',
          fr: 'À propos de l’accompagnement de carrière',
          de: 'Über die Laufbahnbegleitung',
        },
        url: 'https://odin.vlaanderen.be/onderzoek-en-beleid/over-loopbaanbegeleiding-met-de-loopbaancheque',
      },
    ],
    provider: 'VDAB',
  },
  {
    kind: 'referral',
    id: 'initieel-onderwijs',
    name: { nl: 'Je studeert nog', en: 'You are still a student', fr: 'Vous êtes encore aux études', de: 'Sie studieren noch' },
    summary: {
      nl: 'Je rekening voor leren start als je begint te werken. Nu kan je wel een studietoelage aanvragen.',
      en: 'Your learning account starts when you start working. For now, you can apply for a study grant.',
      fr: 'Votre compte de formation commence quand vous commencez à travailler. D’ici là, vous pouvez demander une allocation d’études.',
      de: 'Ihr Konto für das Lernen beginnt, wenn Sie anfangen zu arbeiten. Jetzt können Sie eine Studienbeihilfe beantragen.',
    },
    howToApply: {
      nl: ['Kijk of je recht hebt op een studietoelage.', 'Kom terug als je werkt.'],
      en: ['Check whether you can get a study grant.', 'Come back when you are working.'],
      fr: ['Vérifiez si vous avez droit à une allocation d’études.', 'Revenez quand vous travaillez.'],
      de: ['Sehen Sie nach, ob Sie Anrecht auf eine Studienbeihilfe haben.', 'Kommen Sie wieder, wenn Sie arbeiten.'],
    },
    links: [{ label: { nl: 'Vlaanderen.be', en: 'Vlaanderen.be', fr: 'Vlaanderen.be', de: 'Vlaanderen.be' }, url: 'https://www.vlaanderen.be' }],
    provider: 'Departement Onderwijs en Vorming',
  },
];

export const CATALOGUE: Catalogue = {
  updatedAt: CATALOGUE_UPDATED_AT,
  incentives: [...INCENTIVES],
  referrals: [...REFERRALS],
};

export const INCENTIVE_IDS = INCENTIVES.map((i) => i.id);
export const REFERRAL_IDS = REFERRALS.map((r) => r.id);

export function findCatalogueEntry(id: string): Incentive | Referral | undefined {
  return INCENTIVES.find((i) => i.id === id) ?? REFERRALS.find((r) => r.id === id);
}
