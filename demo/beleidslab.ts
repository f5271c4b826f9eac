/**
 * Demo glue of the policy-lab page (not part of the widgets): defines <llr-policy-lab> from its own entry (never
 * through llr-embed.js or src/define.ts) and wires the language switcher. The lab needs no API: it computes in the
 * browser, in a Web Worker.
 */
import '../src/elements/policy-lab/define';

const lab = document.getElementById('lab');
const langSelect = document.getElementById('lang') as HTMLSelectElement | null;
if (lab && langSelect) {
  langSelect.value = lab.getAttribute('lang') ?? document.documentElement.lang ?? 'nl';
  langSelect.addEventListener('change', () => lab.setAttribute('lang', langSelect.value));
}
