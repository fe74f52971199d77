import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
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

/**
 * Mantine's styles per component (mantine.dev/styles/css-files-list) instead of all of
 * @mantine/core/styles.css: each Mantine component module brings its own stylesheet, after
 * those of the components it is built on (so the cascade keeps Mantine's order), and the CSS
 * lands in the chunk that uses the component: the unlock screen loads the CSS of the unlock
 * screen, a page its own. main.tsx imports `virtual:mantine-styles`, Mantine's global styles
 * for the build; the dev server pre-bundles Mantine whole, so there it is all of styles.css.
 */
const MANTINE_STYLES = resolve(__dirname, 'node_modules/@mantine/core/styles');
const mantineStylesPerComponent = (): Plugin => {
  let serve = false;
  return {
    name: 'compeer-mantine-styles-per-component',
    configResolved: (config) => {
      serve = config.command === 'serve';
    },
    resolveId: (id) => (id === 'virtual:mantine-styles' ? '\0virtual:mantine-styles' : null),
    load: (id) =>
      id === '\0virtual:mantine-styles'
        ? serve
          ? "import '@mantine/core/styles.css';"
          : ['baseline', 'default-css-variables', 'global'].map((f) => `import '@mantine/core/styles/${f}.css';`).join('\n')
        : null,
    transform(code, id) {
      const name = /[\\/]@mantine[\\/]core[\\/]esm[\\/](?:components|utils)[\\/].*[\\/]([A-Za-z]+)\.mjs$/.exec(id)?.[1];
      if (serve || !name || !existsSync(join(MANTINE_STYLES, `${name}.css`))) return null;
      // last, so it is evaluated (and ordered) after the components this one imports
      return { code: `${code}\nimport '@mantine/core/styles/${name}.css';\n`, map: null };
    },
  };
};

/**
 * out/renderer-chunks.json: each chunk of the window's script, the modules in it, what it
 * imports and its CSS, for the test that the first script holds none of the pages
 * (test/electron/renderer-chunks.test.ts). Beside the renderer, so never served, nor packaged.
 */
const chunkReport: Plugin = {
  name: 'compeer-chunk-report',
  apply: 'build',
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle).flatMap((c) =>
      c.type === 'chunk'
        ? [
            {
              file: c.fileName,
              isEntry: c.isEntry,
              imports: c.imports,
              dynamicImports: c.dynamicImports,
              css: [...(c.viteMetadata?.importedCss ?? [])],
              modules: Object.keys(c.modules).map((id) => relative(__dirname, id).replaceAll('\\', '/')),
            },
          ]
        : [],
    );
    mkdirSync(resolve(__dirname, 'out'), { recursive: true });
    writeFileSync(resolve(__dirname, 'out/renderer-chunks.json'), JSON.stringify(chunks, null, 1));
  },
};

export default defineConfig({
  main: {
    build: {
      // lowdb is ESM-only: bundle it into the CommonJS main; other dependencies stay require()d.
      externalizeDeps: { exclude: ['lowdb'] },
      lib: {
        entry: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // the vault's own thread (electron/main/vault-host.ts starts it)
          'vault-worker': resolve(__dirname, 'electron/service/worker.ts'),
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
      // electron-vite leaves the renderer unminified; the window starts faster minified (Oxc, Lightning CSS)
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
    plugins: [react(), devServerWithoutCspMeta, mantineStylesPerComponent(), chunkReport],
  },
});
