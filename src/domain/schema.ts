/**
 * Zod, set up once for the app's exchange formats. `jitless` stops Zod from
 * compiling parsers with `new Function`: the app's Content Security Policy
 * forbids eval, and even Zod's guarded probe for it is reported as a
 * violation. Import `z` from here, never from 'zod' directly.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
