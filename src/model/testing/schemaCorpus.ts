// The inputs of the plan schema's golden file (src/doc/schemaGolden.test.ts): every template, a plan with
// every field set, random valid plans, and many deliberately broken ones (wrong types, unknown keys,
// bad enum values and IPs, duplicate roles, non-finite numbers, missing fields, random mutations).
// Deterministic: a seeded generator, so the file can be made again and compared.
import fc from 'fast-check';
import { arbitraryPlan } from '../../share/testing/arbitraryPlan.ts';
import figure1 from '../../templates/figure-1.json' with { type: 'json' };
import figure2 from '../../templates/figure-2.json' with { type: 'json' };
import figure3 from '../../templates/figure-3.json' with { type: 'json' };

export interface Case {
  name: string;
  input: unknown;
}

import { FULL, MINIMAL, ODD_VALUES, SMALL, UNKNOWN_KEYS } from './schemaCorpusPlans.ts';

const clone = <T>(v: T): T => structuredClone(v);

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Path = (string | number)[];

/** Every path into a value's objects and lists (the root excluded). */
function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (value === null || typeof value !== 'object') return out;
  for (const key of Object.keys(value)) {
    const p = [...at, Array.isArray(value) ? Number(key) : key];
    out.push(p);
    paths((value as Record<string, unknown>)[key], p, out);
  }
  return out;
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> | undefined {
  let v = root;
  for (const part of path.slice(0, -1)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[part];
  }
  return v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>) : undefined;
}

function setOwn(target: Record<string | number, unknown>, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** One random edit at a random place: delete, replace with an odd value, add an unknown key, repeat a list item. */
function mutate(root: unknown, rand: () => number): void {
  const all = paths(root);
  if (all.length === 0) return;
  const path = all[Math.floor(rand() * all.length)]!;
  const parent = parentOf(root, path);
  if (!parent) return;
  const key = path[path.length - 1]!;
  const op = Math.floor(rand() * 4);
  const value = parent[key];
  if (op === 0) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (op === 1) setOwn(parent, key, clone(ODD_VALUES[Math.floor(rand() * ODD_VALUES.length)]));
  else if (op === 2 && value !== null && typeof value === 'object' && !Array.isArray(value))
    setOwn(value as Record<string, unknown>, UNKNOWN_KEYS[Math.floor(rand() * UNKNOWN_KEYS.length)]!, 'x');
  else if (Array.isArray(parent)) parent.push(clone(value));
  else setOwn(parent, key, clone(ODD_VALUES[Math.floor(rand() * ODD_VALUES.length)]));
}

/** Each path of the base deleted, set to each odd value (if `odd`), and each object given an unknown key. */
function systematic(baseName: string, base: unknown, odd = true): Case[] {
  const out: Case[] = [];
  for (const path of paths(base)) {
    const label = `${baseName} ${path.join('.')}`;
    const removed = clone(base);
    const parent = parentOf(removed, path)!;
    if (Array.isArray(parent)) parent.splice(path[path.length - 1] as number, 1);
    else delete parent[path[path.length - 1]!];
    out.push({ name: `${label} deleted`, input: removed });
    if (odd)
      ODD_VALUES.forEach((value, i) => {
        const changed = clone(base);
        setOwn(parentOf(changed, path)!, path[path.length - 1]!, clone(value));
        out.push({ name: `${label} = odd[${i}]`, input: changed });
      });
  }
  for (const path of [[], ...paths(base)]) {
    const at = path.length === 0 ? base : (parentOf(base, path)?.[path[path.length - 1]!] as unknown);
    if (at === null || typeof at !== 'object' || Array.isArray(at)) continue;
    for (const key of UNKNOWN_KEYS) {
      const withKey = clone(base);
      const where =
        path.length === 0
          ? withKey
          : (parentOf(withKey, path)![path[path.length - 1]!] as Record<string, unknown>);
      setOwn(where as Record<string, unknown>, key, 'x');
      out.push({ name: `${baseName} ${path.join('.')} + ${key}`, input: withKey });
    }
  }
  return out;
}

export function schemaCorpus(): Case[] {
  const templates = [figure1, figure2, figure3].map((t, i) => ({
    name: `template figure-${i + 1}`,
    input: clone(t as unknown),
  }));
  const random = fc
    .sample(arbitraryPlan, { seed: 20261204, numRuns: 40 })
    .map((p, i) => ({ name: `random plan ${i}`, input: p as unknown }));
  const cases: Case[] = [
    ...templates,
    { name: 'full', input: clone(FULL) },
    { name: 'minimal', input: clone(MINIMAL) },
    ...random,
    ...systematic('full', FULL, false),
    ...systematic('small', SMALL),
    ...systematic('minimal', MINIMAL),
    ...ODD_VALUES.map((v, i) => ({ name: `document odd[${i}]`, input: clone(v) })),
  ];
  const rand = mulberry32(16);
  const bases = [...templates, { name: 'full', input: FULL }, ...random.slice(0, 10)];
  for (let i = 0; i < 600; i++) {
    const base = bases[Math.floor(rand() * bases.length)]!;
    const input = clone(base.input);
    const edits = 1 + Math.floor(rand() * 3);
    for (let e = 0; e < edits; e++) mutate(input, rand);
    cases.push({ name: `mutation ${i} of ${base.name}`, input });
  }
  return cases;
}

export { IP_TEXTS } from './schemaCorpusPlans.ts';
