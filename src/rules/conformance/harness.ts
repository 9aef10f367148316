// Conformance cases against rules.md version 2, written from the spec's text alone: plans are plain
// JSON as plan-format.md writes them (a field the spec gives a default is left out, so the defaults
// are exercised too). Each goes through parsePlan and also straight to validate(), and every result
// is checked for the Findings section's promises (shape, severity from the table, sorted, no
// duplicate subject set).
import { expect } from 'vitest';
import { parsePlan, formatIssue } from '../../model/parse.ts';
import type { PlanInput } from '../../model/schema.ts';
import { validate } from '../validate.ts';
import type { Finding } from '../types.ts';

type Json = Record<string, unknown>;

export interface Doc {
  organizationName?: string;
  exchange?: Json;
  activeDirectory?: Json;
  sites?: Json[];
  servers?: Json[];
  clusters?: Json[];
  infrastructure?: Json[];
  links?: Json[];
}

/** Every rule of rules.md version 2 with the severity its table gives. */
export const SPEC_SEVERITIES: Record<string, Finding['severity']> = {
  'edge-alone': 'error',
  'edge-outside-forest': 'warning',
  'role-needs-forest': 'error',
  'cluster-mailbox-only': 'error',
  'cluster-node-mailbox': 'error',
  'legacy-no-2007-roles': 'error',
  'ccr-two-nodes': 'error',
  'scc-node-count': 'error',
  'cluster-one-site': 'error',
  'cluster-exchange-enterprise': 'error',
  'cluster-windows-enterprise': 'error',
  'cluster-node-not-dc': 'error',
  'ccr-witness': 'warning',
  'ccr-witness-hub': 'info',
  'scr-needs-sp1': 'error',
  'scr-source': 'error',
  'scr-target': 'error',
  'lcr-standalone': 'error',
  'org-core-roles': 'error',
  'site-needs-hub': 'error',
  'site-needs-cas': 'error',
  'um-needs-hub': 'error',
  'site-needs-gc': 'error',
  'server-unplaced': 'warning',
  'edge-subscription-hub': 'error',
  'edge-one-subscription': 'error',
  'edge-unsubscribed': 'info',
  'link-endpoints': 'error',
  'um-ip-gateway': 'info',
  'x64-required': 'error',
  'os-supported': 'error',
  'storage-group-limit': 'error',
  'max-cores': 'warning',
  'hub-mailbox-ratio': 'warning',
  'gc-mailbox-ratio': 'warning',
  'exchange-on-dc': 'warning',
  'ad-domain-level': 'error',
  'ad-schema-master': 'error',
  'legacy-exchange55': 'error',
  'legacy-native-mode': 'error',
  'legacy-service-pack': 'error',
  'legacy-routing-group-connector': 'error',
  'legacy-link-state': 'warning',
  'name-invalid': 'error',
  'name-duplicate': 'error',
  'org-name-invalid': 'error',
  'single-hub': 'info',
  'single-cas': 'info',
};

export const adSite = (id: string, name = id): Json => ({ id, name, kind: 'ad-site' });
export const perimeter = (id = 'dmz', name = 'Perimeter network'): Json => ({ id, name, kind: 'perimeter' });
/** A server with id = name lower-cased; every other field absent unless given. */
export const server = (name: string, roles: string[], fields: Json = {}): Json => ({
  id: name.toLowerCase(),
  name,
  roles,
  ...fields,
});
/** A global catalog domain controller (globalCatalog true); os, readOnly and arch absent unless given. */
export const gc = (name: string, fields: Json = {}): Json => ({
  id: name.toLowerCase(),
  kind: 'domain-controller',
  name,
  globalCatalog: true,
  ...fields,
});
export const cluster = (name: string, type: 'CCR' | 'SCC', fields: Json = {}): Json => ({
  id: name.toLowerCase(),
  name,
  type,
  ...fields,
});
export const link = (kind: string, from: string, to: string, id = `${kind}.${from}.${to}`): Json => ({
  id,
  kind,
  from,
  to,
});
/** A node of `clusterId` that passes every cluster rule: Mailbox, both editions enterprise. */
export const node = (name: string, clusterId: string, fields: Json = {}): Json =>
  server(name, ['Mailbox'], {
    cluster: clusterId,
    exchangeEdition: 'enterprise',
    windowsEdition: 'enterprise',
    ...fields,
  });

/** The plan document: arrays of the parts, `exchange.servicePack` SP1 unless `exchange` says otherwise. */
export function planDoc(doc: Doc): Json {
  const { exchange, ...rest } = doc;
  return {
    format: 'exchange-topology-plan',
    version: 1,
    name: 'Conformance case',
    exchange: { servicePack: 'SP1', ...exchange },
    ...rest,
  };
}

/** Two docs as one: lists concatenated, other fields of `extra` win. */
export function merge(base: Doc, extra: Doc): Doc {
  const out: Doc = { ...base, ...extra };
  for (const key of ['sites', 'servers', 'clusters', 'infrastructure', 'links'] as const)
    if (base[key] || extra[key]) out[key] = [...(base[key] ?? []), ...(extra[key] ?? [])];
  return out;
}

/**
 * A site the spec finds nothing wrong with: Mailbox, two Client Access and two Hub Transport
 * servers (so no single-hub/single-cas note) and one suitable global catalog.
 */
export function cleanSite(id = 'hq'): Doc {
  const at = { site: id };
  return {
    sites: [adSite(id)],
    servers: [
      server(`${id}-MB`.toUpperCase(), ['Mailbox', 'ClientAccess', 'HubTransport'], at),
      server(`${id}-HC`.toUpperCase(), ['ClientAccess', 'HubTransport'], at),
    ],
    infrastructure: [gc(`${id}-DC`.toUpperCase(), at)],
  };
}

/** The clean site plus `extra`. */
export const withClean = (extra: Doc): Doc => merge(cleanSite(), extra);

function checkPromises(findings: Finding[]): void {
  const seen = new Set<string>();
  findings.forEach((f, i) => {
    expect(Object.keys(f).sort()).toEqual(['message', 'rule', 'severity', 'subjects']);
    expect(f.message.trim().length, `${f.rule} has a message`).toBeGreaterThan(0);
    if (f.rule in SPEC_SEVERITIES) expect(f.severity, `${f.rule} severity`).toBe(SPEC_SEVERITIES[f.rule]);
    const key = `${f.rule}|${[...f.subjects].sort().join(',')}`;
    expect(seen.has(key), `duplicate finding ${key}`).toBe(false);
    seen.add(key);
    if (i > 0) expect(compareSpec(findings[i - 1]!, f), `sorted at ${i}`).toBeLessThanOrEqual(0);
  });
}

const RANK = { error: 0, warning: 1, info: 2 } as const;
const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** The spec's order: errors, warnings, info; then rule id; then subjects (item by item). */
function compareSpec(a: Finding, b: Finding): number {
  return (
    RANK[a.severity] - RANK[b.severity] ||
    text(a.rule, b.rule) ||
    text(a.subjects.join('\u0000'), b.subjects.join('\u0000'))
  );
}

/**
 * Every finding of the plan (the plan must parse). validate() is also given the document as it is,
 * without parsePlan's defaults, and must find the same: absent fields take their default either way.
 */
export function findings(doc: Doc): Finding[] {
  const raw = planDoc(doc);
  const parsed = parsePlan(raw);
  if (!parsed.ok) throw new Error(`case does not parse: ${parsed.errors.map(formatIssue).join('; ')}`);
  const out = validate(parsed.plan);
  checkPromises(out);
  expect(validate(raw as PlanInput), 'the unparsed document gives the same findings').toEqual(out);
  return out;
}

/** The subject lists of one rule's findings, in the order they come. */
export const subjects = (doc: Doc, rule: string): string[][] =>
  findings(doc)
    .filter((f) => f.rule === rule)
    .map((f) => f.subjects);

/** The findings of one rule. */
export const fired = (doc: Doc, rule: string): Finding[] => findings(doc).filter((f) => f.rule === rule);
