// Share links: the plan's compact JSON, raw-deflated and base64url-encoded, in the URL fragment
// (#plan=1.<data>) so it never reaches a server. Decoding never throws and every plan it returns
// has passed parsePlan, whatever the string: a truncated, mangled or hostile link gets a message.
import { deflateSync } from 'fflate';
import { MAX_LINK_CHARS } from '../model/limits.ts';
import { parsePlan } from '../model/parse.ts';
import type { Plan } from '../model/schema.ts';
import { serializePlan } from '../model/serialize.ts';
import { decodeBase64url, encodeBase64url } from './base64url.ts';
import { inflateCapped } from './inflate.ts';
import { planSize, type ParseProgress } from './progress.ts';
import {
  invalidPlan,
  LINK_DAMAGED,
  LINK_FOREIGN,
  LINK_TOO_LARGE,
  linkTooLong,
  LINK_WARN_LENGTH,
  longLinkWarning,
  newerLinkFormat,
  newerPlanVersion,
} from './messages.ts';

/** The link format written by this version; the number before the dot. */
export const LINK_FORMAT = 1;
export const DEFAULT_BASE_URL = 'http://localhost:5173/';

export type LinkResult = { ok: true; plan: Plan } | { ok: false; message: string };

/** The fragment payload: `1.<base64url(deflateRaw(compact JSON))>`. */
export function encodePlanLink(plan: Plan): string {
  const json = new TextEncoder().encode(serializePlan(plan, { compact: true }));
  return `${LINK_FORMAT}.${encodeBase64url(deflateSync(json, { level: 9 }))}`;
}

/** The full share URL: `${base}#plan=1.<data>` (any fragment already on `base` is replaced). */
export function planLinkUrl(plan: Plan, base: string = DEFAULT_BASE_URL): string {
  const hash = base.indexOf('#');
  return `${hash >= 0 ? base.slice(0, hash) : base}#plan=${encodePlanLink(plan)}`;
}

/** The warning to show for a long link, or undefined when it is short enough to travel safely. */
export function linkLengthWarning(url: string): string | undefined {
  return url.length > LINK_WARN_LENGTH ? longLinkWarning(url.length) : undefined;
}

/**
 * The `1.<data>` payload out of a full URL, a `#plan=` fragment, `plan=...` or the bare payload;
 * `named` tells whether it came after `plan=` (so a bad payload is damage, not a foreign link).
 */
function payloadOf(input: string): { text: string; named: boolean } | undefined {
  let text = input.trim();
  const hash = text.indexOf('#');
  if (hash >= 0) text = text.slice(hash + 1);
  else if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !text.startsWith('plan=')) return undefined; // a URL without a fragment
  // Some chat tools percent-encode what they do not recognise ("plan%3D1%2E...").
  if (text.includes('%')) {
    try {
      text = decodeURIComponent(text);
    } catch {
      // Leave it: base64url has no '%', so the decoder below reports the damage.
    }
  }
  const param = text.split('&').find((part) => part.startsWith('plan='));
  if (param !== undefined) return { text: param.slice('plan='.length), named: true };
  return hash >= 0 ? undefined : { text, named: false };
}

/** Decodes a share link (URL, fragment or payload). Never throws; a plan it returns is valid. */
export function decodePlanLink(urlOrFragment: string, progress?: ParseProgress): LinkResult {
  try {
    if (typeof urlOrFragment !== 'string') return { ok: false, message: LINK_FOREIGN };
    if (urlOrFragment.length > MAX_LINK_CHARS) return { ok: false, message: linkTooLong(urlOrFragment.length) };
    const found = payloadOf(urlOrFragment);
    if (found === undefined) return { ok: false, message: LINK_FOREIGN };
    const payload = found.text;
    const dot = payload.indexOf('.');
    const version = dot > 0 ? payload.slice(0, dot) : '';
    if (!/^\d{1,6}$/.test(version)) return { ok: false, message: found.named ? LINK_DAMAGED : LINK_FOREIGN };
    const format = Number(version);
    if (format > LINK_FORMAT) return { ok: false, message: newerLinkFormat(format) };
    if (format !== LINK_FORMAT) return { ok: false, message: LINK_DAMAGED };

    const bytes = decodeBase64url(payload.slice(dot + 1));
    if (!bytes || bytes.length === 0) return { ok: false, message: LINK_DAMAGED };
    const inflated = inflateCapped(bytes);
    if (!inflated) return { ok: false, message: LINK_TOO_LARGE };
    const text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { ok: false, message: LINK_DAMAGED };
    }
    progress?.(planSize(json));
    const parsed = parsePlan(json);
    if (parsed.ok) return parsed;
    const newer = newerPlanVersion(parsed.errors);
    if (newer !== undefined) return { ok: false, message: newerLinkFormat(newer) };
    return { ok: false, message: invalidPlan('This link', parsed.errors) };
  } catch {
    // fflate reports truncated or corrupt data by throwing; TextDecoder throws on broken UTF-8.
    return { ok: false, message: LINK_DAMAGED };
  }
}
