import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  // Our tags are custom elements: Vue leaves them to the browser (no component resolution, no warning).
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('llr-') } } })],
  build: { outDir: 'dist', emptyOutDir: true },
});
