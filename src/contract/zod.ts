import { z } from 'zod';

/*
 * Every contract file imports z from here, so this runs before the first schema is built.
 * zod 4 compiles object parsers with `new Function` unless told not to, and probes for it
 * once; under the app's Content-Security-Policy (no 'unsafe-eval') that probe is caught but
 * still reported as a violation. jitless skips the probe and the compile.
 */
z.config({ jitless: true });

export { z };
