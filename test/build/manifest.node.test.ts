/**
 * The custom-elements manifest (dist/custom-elements.json, written by `npm run build`) is what Storybook's docs,
 * IDEs and host developers read. It must describe every element completely, and it must match the code: every
 * attribute, event, CSS part and slot the source has, and the theming tokens the styles read.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

interface Documented {
  name: string;
  description?: string;
  type?: { text: string };
}
interface Member extends Documented {
  kind: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  attributes?: Documented[];
  members?: Member[];
  events?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
  slots?: Documented[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

const MANIFEST = 'dist/custom-elements.json';
/** Every element and its source folder. */
const ELEMENTS = {
  'llr-provider': 'provider',
  'llr-incentive-card': 'incentive-card',
  'llr-wallet': 'wallet',
  'llr-training-incentives': 'training-incentives',
  'llr-wegwijzer': 'wegwijzer',
  'llr-policy-lab': 'policy-lab',
  'llr-monitor': 'monitor',
} as const;

function load(): Map<string, Declaration> {
  assert.ok(existsSync(MANIFEST), `${MANIFEST} is missing: run npm run build first`);
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
  const byTag = new Map<string, Declaration>();
  for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (d.tagName) byTag.set(d.tagName, d);
  return byTag;
}

/** The element's own source (its module and the base class it extends), read as text. */
function sources(folder: string): { element: string; styles: string } {
  const element = readFileSync(`src/elements/${folder}/${folder}.ts`, 'utf8');
  const base =
    (element.includes('extends LlrElement') ? readFileSync('src/shared/llr-element.ts', 'utf8') : '') +
    (/extends (LlrElement|ConfigProperties)/.test(element) ? readFileSync('src/shared/config-properties.ts', 'utf8') : '');
  const stylesFile = `src/elements/${folder}/${folder}.styles.ts`;
  const styles = existsSync(stylesFile) ? readFileSync(stylesFile, 'utf8') + readFileSync('src/shared/styles.ts', 'utf8') : '';
  return { element: element + base, styles };
}

const all = (re: RegExp, text: string) => new Set([...text.matchAll(re)].map((m) => m[1] as string));
const names = (list: Documented[] | undefined) => new Set((list ?? []).map((x) => x.name));
const undocumented = (list: Documented[] | undefined) => (list ?? []).filter((x) => !x.description?.trim()).map((x) => x.name);

describe('custom-elements manifest', () => {
  const manifest = load();

  for (const [tag, folder] of Object.entries(ELEMENTS)) {
    describe(`<${tag}>`, () => {
      const d = manifest.get(tag);
      const { element, styles } = sources(folder);

      it('is there, with its tag name and a description', () => {
        assert.ok(d, `no declaration with tagName ${tag}`);
        assert.ok((d.description ?? '').length > 60, `${tag}: the description says what it is for`);
      });

      it('lists every attribute of the source, each described', () => {
        const inSource = all(/attribute:\s*'([a-z-]+)'/g, element);
        // @property() without an attribute option: the property's name in lower case is the attribute.
        for (const m of element.matchAll(/@property\((?:\{ *(?:type: *\w+|reflect: *true)[^}]*\})?\)\s+(?:override\s+)?(\w+)/g)) inSource.add((m[1] as string).toLowerCase());
        const listed = names(d?.attributes);
        for (const a of inSource) assert.ok(listed.has(a), `${tag}: attribute "${a}" missing from the manifest`);
        assert.deepEqual(undocumented(d?.attributes), [], `${tag}: attributes without a description`);
      });

      it('describes every public property', () => {
        const fields = (d?.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public');
        assert.ok(fields.length > 0, `${tag}: no public property`);
        assert.deepEqual(undocumented(fields), [], `${tag}: public properties without a description`);
      });

      it('lists every event it fires, each with a description and its type', () => {
        const fired = all(/emit\('(llr-[a-z-]+)'/g, element);
        assert.deepEqual([...names(d?.events)].sort(), [...fired].sort(), `${tag}: events in the manifest and in the source differ`);
        assert.deepEqual(undocumented(d?.events), [], `${tag}: events without a description`);
        const untyped = (d?.events ?? []).filter((e) => !/^CustomEvent</.test(e.type?.text ?? '')).map((e) => e.name);
        assert.deepEqual(untyped, [], `${tag}: events without their CustomEvent<Detail> type`);
      });

      it('lists every CSS part of its templates, each described', () => {
        const parts = all(/part[=:] ?["']([a-z-]+)["']/g, element);
        assert.deepEqual([...names(d?.cssParts)].sort(), [...parts].sort(), `${tag}: CSS parts in the manifest and in the source differ`);
        assert.deepEqual(undocumented(d?.cssParts), [], `${tag}: CSS parts without a description`);
      });

      it('lists every theming token its styles read, each described', () => {
        const tokens = all(/var\((--llr-[a-z-]+)/g, styles);
        const listed = names(d?.cssProperties);
        for (const t of tokens) assert.ok(listed.has(t), `${tag}: CSS custom property ${t} missing from the manifest`);
        assert.deepEqual(undocumented(d?.cssProperties), [], `${tag}: CSS custom properties without a description`);
      });

      it('lists its slots (and none it does not have)', () => {
        const hasSlot = /<slot[\s>]/.test(element);
        assert.equal((d?.slots ?? []).length > 0, hasSlot, `${tag}: ${hasSlot ? 'its slot is not documented' : 'documents a slot it does not have'}`);
      });
    });
  }
});
