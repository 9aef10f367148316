// zod as the model uses it: the functional API (zod/mini: a schema instance carries a handful of
// methods, not classic's dozens), configured before any schema is built. Schemas import z from here,
// not from 'zod', so this runs first whatever the bundler does with chunks (a separate first import
// in main.tsx did not: zod and the schemas landed in one chunk that ran before it). Only the names
// the model uses are passed on, so that no bundler keeps zod's other parts (its 40 locales, its
// JSON Schema output) for a namespace object that escapes.
// - English messages: zod/mini loads no locale, so every issue's own message would be "Invalid
//   input"; with it, zod's results and messages are classic's exactly (src/doc/schemaGolden.test.ts).
// - jitless in browsers: zod probes `new Function` to compile faster object parsers, and under the
//   app's Content-Security-Policy that probe is a reported violation even though zod catches it.
//   zod/mini's objects do not compile parsers, so this only guards schema kinds added later.
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

const inBrowser = 'document' in globalThis || 'WorkerGlobalScope' in globalThis;
if (inBrowser) config({ jitless: true });
config(en());

export {
  _default,
  array,
  boolean,
  discriminatedUnion,
  enum,
  gt,
  gte,
  int,
  literal,
  maxLength,
  minLength,
  number,
  omit,
  optional,
  record,
  refine,
  regex,
  strictObject,
  string,
  type input,
  type output,
  type ZodMiniType,
} from 'zod/mini';
export type * as core from 'zod/v4/core';
