import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/**
 * renderer/index.html carries the app's CSP as a meta tag for the built app. The dev server's
 * hot reload needs an inline script, so `npm run dev` serves the page without that tag, as it
 * always was (the header is set by the app:// handler, which dev does not use). Never built.
 */
const devServerWithoutCspMeta: Plugin = {
  name: 'compeer-dev-server-without-csp-meta',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

export default defineConfig({
  main: {
    build: {
      // lowdb is ESM-only: bundle it into the CommonJS main; other dependencies stay require()d.
      externalizeDeps: { exclude: ['lowdb'] },
      lib: {
        entry: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // the vault's own thread (electron/main/worker/host.ts starts it)
          'vault-worker': resolve(__dirname, 'electron/main/vault-worker.ts'),
          cli: resolve(__dirname, 'electron/cli/index.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only 'electron': bundle everything else in.
      externalizeDeps: false,
      lib: { entry: resolve(__dirname, 'electron/preload/index.ts') },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
    plugins: [react(), devServerWithoutCspMeta],
  },
});
