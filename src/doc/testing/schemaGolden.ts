// What the plan schema makes of each input of the corpus (schemaCorpus.ts): zod's own result
// (the parsed output, or each issue's code, path and message), parsePlan's (the plan, or the
// messages the user sees), the document repair's of the plan's head, records and layout entries,
// and the inspector's address check. schemaGolden.test.ts compares it with the committed file.
import { clusterSchema, planSchema } from '../../model/schema.ts';
import { parsePlan } from '../../model/parse.ts';
import { repairHead, repairPosition, repairRecord } from '../repair.ts';
import type { Json } from '../write.ts';
import { IP_TEXTS, schemaCorpus } from '../../model/testing/schemaCorpus.ts';

/** JSON text that keeps what JSON cannot hold: undefined, NaN, the infinities and -0. */
export function encode(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === undefined) return { $: 'undefined' };
    if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0)))
      return { $: String(Object.is(v, -0) ? '-0' : v) };
    return v;
  });
}

/** A short fingerprint of a long text (FNV-1a, 52 bits), so the file records large outputs exactly but briefly. */
export function fingerprint(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193 + 2) >>> 0;
  }
  return `${text.length}:${h1.toString(16)}${(h2 & 0xfffff).toString(16)}`;
}

/** The value itself when short, its fingerprint when long. */
const brief = (value: unknown, max = 200) => {
  const text = encode(value);
  return text.length > max ? fingerprint(text) : value;
};

function attempt<T>(run: () => T): T | { threw: string } {
  try {
    return run();
  } catch (e) {
    return { threw: String((e as Error)?.message ?? e) };
  }
}

const COLLECTIONS = ['sites', 'servers', 'clusters', 'infrastructure', 'links'] as const;

function repairs(input: unknown): string | undefined {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return undefined;
  const doc = input as Record<string, unknown>;
  const out: Record<string, unknown> = { head: attempt(() => repairHead(structuredClone(doc) as Json)) };
  for (const c of COLLECTIONS) {
    const list = doc[c];
    if (!Array.isArray(list)) continue;
    out[c] = list.map((raw: unknown) => {
      if (raw === null || typeof raw !== 'object' || typeof (raw as Json).id !== 'string') return null;
      return attempt(() => repairRecord(c, (raw as Json).id as string, structuredClone(raw) as Json));
    });
  }
  const layout = doc.layout;
  if (layout !== null && typeof layout === 'object' && !Array.isArray(layout))
    out.layout = Object.values(layout).map((raw: unknown) =>
      raw !== null && typeof raw === 'object'
        ? attempt(() => repairPosition(structuredClone(raw) as Json))
        : null,
    );
  return fingerprint(encode(out));
}

export interface GoldenEntry {
  name: string;
  input: string;
  schema: unknown;
  parse: unknown;
  repair?: string;
}

export function goldenEntry(name: string, input: unknown): GoldenEntry {
  const raw = attempt(() => planSchema.safeParse(structuredClone(input)));
  const schema =
    'threw' in raw
      ? raw
      : raw.success
        ? { data: brief(raw.data) }
        : {
            issues: brief(
              raw.error.issues.map((i) => ({
                code: i.code,
                path: i.path.map(String).join('/'),
                message: i.message,
              })),
              400,
            ),
          };
  const parsed = parsePlan(structuredClone(input));
  const parse = parsed.ok ? { plan: brief(parsed.plan) } : { errors: brief(parsed.errors, 400) };
  const entry: GoldenEntry = { name, input: fingerprint(encode(input)), schema, parse };
  const repair = repairs(input);
  if (repair !== undefined) entry.repair = repair;
  return entry;
}

export interface Golden {
  entries: GoldenEntry[];
  ipAddress: Record<string, boolean>;
}

export function makeGolden(): Golden {
  return {
    entries: schemaCorpus().map((c) => goldenEntry(c.name, c.input)),
    ipAddress: Object.fromEntries(
      IP_TEXTS.map((t) => [t, clusterSchema.shape.ipAddress.safeParse(t).success]),
    ),
  };
}
