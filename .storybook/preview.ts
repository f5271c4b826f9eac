import type { Preview } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { handlers } from '../mocks/handlers';
import '../src/define';

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
      toolbar: { title: 'Taal', icon: 'globe', items: [{ value: 'nl', title: 'Nederlands' }, { value: 'en', title: 'English' }, { value: 'fr', title: 'Français' }], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'nl' },
};
export default preview;
