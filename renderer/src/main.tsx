import './zod-config';
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
