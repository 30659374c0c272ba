import { config } from 'zod';

/**
 * Zod, set never to compile parsers with `new Function`. The site's Content-Security-Policy has no
 * `'unsafe-eval'`, and zod's probe for it would be reported as a violation on every page.
 * Import `z` from here, never from 'zod' (ESLint holds to it).
 *
 * `z` is the members the course uses, not zod's whole namespace: the bundler keeps every member of a
 * namespace that is passed around whole, and zod's holds all its locales and the JSON Schema tools,
 * about 90 kB gzip in the first load of every page that validates anything.
 */
config({ jitless: true });

export * as z from './zod-members';
