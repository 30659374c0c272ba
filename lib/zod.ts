import { z } from 'zod';

/**
 * Zod, set never to compile parsers with `new Function`. The site's Content-Security-Policy has no
 * `'unsafe-eval'`, and zod's probe for it would be reported as a violation on every page.
 * Import `z` from here, never from 'zod' (ESLint holds to it).
 */
z.config({ jitless: true });

export { z };
