import { startPage } from './start';

await startPage({
  tag: 'llr-wegwijzer',
  page: 'wegwijzer',
  // What a URL may set: ?lang=en&heading-level=2&reference-date=2026-09-01&usage-events
  options: ['heading-level', 'reference-date', 'usage-events'],
  titles: {
    nl: 'Wegwijzer leer- en loopbaanrekening',
    en: 'Signpost: learning and career account',
    fr: 'Orientation : compte de formation et de carrière',
    de: 'Wegwijzer (Wegweiser): Lern- und Laufbahnkonto',
  },
  define: () => Promise.all([import('../src/elements/provider/define'), import('../src/elements/wegwijzer/define')]),
});
