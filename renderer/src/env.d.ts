/// <reference types="vite/client" />

/** Mantine's global styles (electron.vite.config.ts, mantineStylesPerComponent). */
declare module 'virtual:mantine-styles';
