import { createApp } from 'vue';
// Registers our tags before Vue renders them, so Vue sees their properties.
import '@llr/widgets/define';
import App from './App.vue';

createApp(App).mount('#app');
