/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { handlers } from '../mocks/handlers';
import '../src/define';

/**
 * The custom-elements manifest (`npm run manifest`, which `npm run storybook` runs first): every attribute a control,
 * every event in the actions panel, every CSS part and custom property in the docs. (A glob, so a checkout that has
 * not built it yet still type-checks.)
 */
const [manifest] = Object.values(import.meta.glob<object>('../dist/custom-elements.json', { eager: true, import: 'default' }));
if (manifest) setCustomElementsManifest(manifest);

const preview: Preview = {
  loaders: [mswLoader()],
  parameters: {
    msw: { handlers },
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Taal',
        icon: 'globe',
        items: [
          { value: 'nl', title: 'Nederlands' },
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
          { value: 'de', title: 'Deutsch' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'nl' },
};
export default preview;
