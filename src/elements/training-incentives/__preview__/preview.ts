import { startMockApi } from '../../../../mocks/browser';
await startMockApi();
await import('../define');
const params = new URLSearchParams(location.search);
const lang = params.get('lang') ?? 'nl';
const root = document.getElementById('root')!;
const cases: [string, string, string | null, boolean][] = [
  ['anon boekhouden', 'boekhouden-voor-beginners', null, false],
  ['anon graduaat (expanded)', 'graduaat-programmeren', null, true],
  ['anon fotografie (expanded)', 'fotografie-voor-hobbyisten', null, true],
  ['An boekhouden (expanded)', 'boekhouden-voor-beginners', 'low-educated-employee', true],
  ['Sarah boekhouden', 'boekhouden-voor-beginners', 'partial-sources', false],
  ['Jobseeker (expanded)', 'boekhouden-voor-beginners', 'jobseeker', true],
  ['error', 'does-not-exist', null, false],
];
for (const [label, id, persona, open] of cases) {
  const h = document.createElement('h2'); h.textContent = label; root.append(h);
  const el = document.createElement('llr-training-incentives') as any;
  el.setAttribute('training-id', id);
  el.setAttribute('lang', lang);
  el.setAttribute('wegwijzer-url', 'https://www.vlaanderen.be/wegwijzer');
  el.setAttribute('wallet-url', 'https://www.vlaanderen.be/mijn-burgerprofiel');
  if (persona) el.getToken = () => `demo-${persona}`;
  root.append(el);
  if (open) setTimeout(() => el.shadowRoot?.querySelector('.toggle')?.click(), 1500);
}
