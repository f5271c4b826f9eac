import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Registers our tags before React renders them, so React 19 sees their properties (it sets a prop as a property
// only when the element has one).
import '@llr/widgets/define';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
