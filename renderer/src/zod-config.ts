import { config } from 'zod';

// The CSP forbids eval. zod decides at schema construction whether to compile parsers with
// new Function, so this must run before any module that builds a schema: main.tsx imports
// this file first.
config({ jitless: true });
