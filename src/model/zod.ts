// zod as the model uses it, configured before any schema is built. zod probes `new Function` when
// a schema is *constructed* (to compile faster parsers), and under the app's Content-Security-Policy
// that probe is a reported violation even though zod catches it. Schemas import z from here, not
// from 'zod', so this runs first whatever the bundler does with chunks (a separate first import in
// main.tsx did not: zod and the schemas landed in one chunk that ran before it). Browsers (the
// page and the plan worker) run jitless; Node has no such policy and keeps the faster parsers.
import { z } from 'zod';

const inBrowser = 'document' in globalThis || 'WorkerGlobalScope' in globalThis;
if (inBrowser) z.config({ jitless: true });

export { z };
