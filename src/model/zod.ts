// zod as the model uses it: the functional API (zod/mini: a schema instance carries a handful of
// methods, not classic's dozens), configured before any schema is built. Schemas import z from here,
// not from 'zod', so this runs first whatever the bundler does with chunks (a separate first import
// in main.tsx did not: zod and the schemas landed in one chunk that ran before it).
// - English messages: zod/mini loads no locale, so every issue's own message would be "Invalid
//   input"; with it, zod's results and messages are classic's exactly (src/doc/schemaGolden.test.ts).
// - jitless in browsers: zod probes `new Function` to compile faster object parsers, and under the
//   app's Content-Security-Policy that probe is a reported violation even though zod catches it.
//   zod/mini's objects do not compile parsers, so this only guards schema kinds added later.
import * as z from 'zod/mini';

const inBrowser = 'document' in globalThis || 'WorkerGlobalScope' in globalThis;
if (inBrowser) z.config({ jitless: true });
z.config(z.locales.en());

export { z };
