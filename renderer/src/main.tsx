import './zod-config';
// next: the vault's state is asked before anything else is set up (session/first-state.ts)
import './session/first-state';
// Mantine's global styles; each component's own comes with it (electron.vite.config.ts)
import 'virtual:mantine-styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
