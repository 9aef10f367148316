import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { plan } from '../model/builder.ts';
import { TEMPLATES } from '../templates/index.ts';
import { encodeBase64url } from './base64url.ts';
import { decodePlanLink, encodePlanLink, linkLengthWarning, planLinkUrl } from './link.ts';
import { LINK_DAMAGED, LINK_FOREIGN, LINK_TOO_LARGE } from './messages.ts';
import { arbitraryPlan } from './testing/arbitraryPlan.ts';

const small = plan('Branch <office> & "co"')
  .site('hq')
  .server('EX01', ['Mailbox', 'HubTransport', 'ClientAccess'])
  .gc()
  .build();
const payload = (json: string, version = 1) =>
  `${version}.${encodeBase64url(deflateSync(new TextEncoder().encode(json)))}`;

describe('share links', () => {
  it('puts the plan in the fragment as format 1, base64url without padding', () => {
    const url = planLinkUrl(small, 'https://example.test/app/?x=1#old');
    expect(url).toMatch(/^https:\/\/example\.test\/app\/\?x=1#plan=1\.[A-Za-z0-9_-]+$/);
    expect(planLinkUrl(small)).toMatch(/^http:\/\/localhost:5173\/#plan=1\./);
  });

  it('round-trips through a URL, a fragment, a plan= parameter or the bare payload', () => {
    const data = encodePlanLink(small);
    for (const input of [
      planLinkUrl(small),
      `#plan=${data}`,
      `plan=${data}`,
      data,
      `  ${planLinkUrl(small)}\n`,
      `#view=1&plan=${data}`,
    ])
      expect(decodePlanLink(input), input).toEqual({ ok: true, plan: small });
  });

  it('round-trips every template', () => {
    for (const t of TEMPLATES)
      expect(decodePlanLink(planLinkUrl(t.plan)), t.id).toEqual({ ok: true, plan: t.plan });
  });

  it('round-trips random plans with any names, roles and sites', () => {
    fc.assert(
      fc.property(arbitraryPlan, (p) => {
        expect(decodePlanLink(planLinkUrl(p))).toEqual({ ok: true, plan: p });
      }),
      { numRuns: 300 },
    );
  });

  it('survives percent-encoding by a chat tool', () => {
    const url = planLinkUrl(small);
    expect(decodePlanLink(url.replace('#plan=1.', '#plan%3D1%2E'))).toEqual({ ok: true, plan: small });
    expect(decodePlanLink(url.replace('#plan=1.', '#plan=1%2E'))).toEqual({ ok: true, plan: small });
  });

  it('says a cut-off link is damaged', () => {
    const url = planLinkUrl(small);
    for (const cut of [url.length - 1, url.length - 5, url.indexOf('#plan=') + 8, url.indexOf('#plan=') + 6])
      expect(decodePlanLink(url.slice(0, cut))).toEqual({ ok: false, message: LINK_DAMAGED });
  });

  it('says a link from a newer version is newer, whether the link format or the plan format is', () => {
    const future = decodePlanLink(`#plan=2.${encodePlanLink(small).slice(2)}`);
    expect(future).toEqual({ ok: false, message: expect.stringMatching(/newer version .*\(format 2\)/) });
    const json = JSON.stringify({ format: 'exchange-topology-plan', version: 3, name: 'x' });
    expect(decodePlanLink(`#plan=${payload(json)}`)).toEqual({
      ok: false,
      message: expect.stringMatching(/newer version .*\(format 3\)/),
    });
  });

  it('says what is not ours is not ours', () => {
    for (const input of [
      'https://example.com/',
      'https://example.com/#section-2',
      'hello',
      '',
      'mailto:x@y.z',
    ])
      expect(decodePlanLink(input), input).toEqual({ ok: false, message: LINK_FOREIGN });
    expect(decodePlanLink(undefined as unknown as string)).toEqual({ ok: false, message: LINK_FOREIGN });
  });

  it('reports valid JSON that is not a valid plan with the path of the problem', () => {
    const json = JSON.stringify({
      format: 'exchange-topology-plan',
      version: 1,
      name: 'x',
      exchange: { servicePack: 'SP1' },
      servers: [{ id: 'a', name: 'A', site: 'nowhere' }],
    });
    const result = decodePlanLink(`#plan=${payload(json)}`);
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining('servers[0].site: no site with id "nowhere"'),
    });
  });

  it('refuses a deflate bomb without inflating it all', () => {
    const bomb = `1.${encodeBase64url(deflateSync(new Uint8Array(16 * 1024 * 1024).fill(32), { level: 9 }))}`;
    expect(bomb.length).toBeLessThan(100_000);
    const started = performance.now();
    expect(decodePlanLink(bomb)).toEqual({ ok: false, message: LINK_TOO_LARGE });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('warns above 2,000 characters only', () => {
    expect(linkLengthWarning('x'.repeat(2000))).toBeUndefined();
    expect(linkLengthWarning('x'.repeat(2001))).toMatch(/2,001 characters long/);
  });
});
