import { startPage } from './start';

await startPage({
  tag: 'llr-wallet',
  page: 'wallet',
  // What a URL may set: ?lang=de&heading-level=2&stale-after-days=14
  options: ['heading-level', 'stale-after-days'],
  titles: {
    nl: 'Leer- en loopbaanrekening',
    en: 'Learning and career account',
    fr: 'Compte de formation et de carrière',
    de: 'Lern- und Laufbahnkonto',
  },
  define: () => Promise.all([import('../src/elements/provider/define'), import('../src/elements/wallet/define')]),
});
