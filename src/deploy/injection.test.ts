// Issue #15: no plan text can change what a generated command does. Random hostile strings go into
// every field that reaches a command line (organization, site, server and cluster names, the SCC
// data path); each line is tokenized as cmd.exe or PowerShell would, and must give the same tokens
// as the same plan with plain stand-ins ("twins"), the value standing whole in its twin's argument.
// A value its rule refuses must not be printed at all: its twin is refused too, so both get the
// same placeholder.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plan } from '../model/builder.ts';
import { addRole, moveServerToSite, removeItems, updateServer } from '../model/edits.ts';
import {
  computerNameProblem,
  dataPathProblem,
  organizationNameProblem,
  siteNameProblem,
} from '../model/names.ts';
import type { Plan } from '../model/schema.ts';
import { checklist, checklistSteps } from './checklist.ts';
import { serverCommands } from './commands.ts';
import { diffPlans } from './diff.ts';
import { cmdTokens, powershellTokens, type ShellToken } from './testing/shells.ts';
import { figure2 } from './test-plans.ts';
import type { DeployStep } from './types.ts';
import { psArg } from './values.ts';

const SERVER_IDS = [
  'ex2003',
  'hub01',
  'mbx01',
  'um01',
  'ccr1',
  'ccr2',
  'scc1',
  'scc2',
  'dr1',
  'dr2',
  'hub02',
  'edge01',
];
const CLUSTER_IDS = ['cms1', 'cms2', 'cms3'];

interface Values {
  organization: string;
  sites: [string, string, string];
  servers: string[];
  clusters: string[];
  dataPath: string;
}

const enterprise = { windowsEdition: 'enterprise', exchangeEdition: 'enterprise' } as const;

/** Every kind of step there is: coexistence, CCR, SCC, a standby cluster, Edge, UM, 2003/2008/2008 R2. */
function topology(v: Values): Plan {
  const [ex2003, hub01, mbx01, um01, ccr1, ccr2, scc1, scc2, dr1, dr2, hub02, edge01] = v.servers as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const [cms1, cms2, cms3] = v.clusters as [string, string, string];
  const built = plan('Injection')
    .with((p) => ({
      ...p,
      organizationName: v.organization,
      exchange: { servicePack: 'SP2', outlook2003Clients: true },
    }))
    .site('hq', 'ad-site', v.sites[0])
    .gc('DC01')
    .server(ex2003, [], { id: 'ex2003', product: 'exchange2003', legacyServicePack: 2 })
    .server(hub01, ['ClientAccess', 'HubTransport'], { id: 'hub01' })
    .server(mbx01, ['Mailbox'], { id: 'mbx01' })
    .server(um01, ['UnifiedMessaging'], { id: 'um01' })
    .server(ccr1, ['Mailbox'], { id: 'ccr1', ...enterprise })
    .server(ccr2, ['Mailbox'], { id: 'ccr2', ...enterprise })
    .cluster(cms1, 'CCR', ['ccr1', 'ccr2'], { id: 'cms1', witness: 'hub01', ipAddress: '10.0.0.50' })
    .site('br', 'ad-site', v.sites[1])
    .server(hub02, ['ClientAccess', 'HubTransport'], { id: 'hub02', os: 'windows2008r2' })
    .server(scc1, ['Mailbox'], { id: 'scc1', ...enterprise, os: 'windows2008' })
    .server(scc2, ['Mailbox'], { id: 'scc2', ...enterprise, os: 'windows2008' })
    .cluster(cms2, 'SCC', ['scc1', 'scc2'], { id: 'cms2', dataPath: v.dataPath })
    .server(dr1, ['Mailbox'], { id: 'dr1', ...enterprise, os: 'windows2008' })
    .server(dr2, ['Mailbox'], { id: 'dr2', ...enterprise, os: 'windows2008' })
    .cluster(cms3, 'CCR', ['dr1', 'dr2'], { id: 'cms3', witness: 'hub02', standby: true })
    .site('dmz', 'perimeter', v.sites[2])
    .server(edge01, ['EdgeTransport'], { id: 'edge01' })
    .link('routing-group-connector', 'hub01', 'ex2003', 'rgc1')
    .link('routing-group-connector', 'hub02', 'ex2003', 'rgc2')
    .link('edge-subscription', 'edge01', 'hq', 'sub1')
    .link('scr', 'cms1', 'dr1', 'scr1')
    .build();
  return built;
}

/** Every command the deploy module prints for the plan, keyed without names (retirements sort by name). */
function allSteps(v: Values): Map<string, DeployStep> {
  const p = topology(v);
  const changed = moveServerToSite(
    updateServer(
      addRole(removeItems(p, ['mbx01', 'edge01', 'cms1', 'ccr1', 'ccr2']), 'hub02', 'Mailbox'),
      'um01',
      {
        os: 'windows2008',
      },
    ),
    'hub01',
    'br',
  );
  const bare = removeItems(
    p,
    SERVER_IDS.filter((id) => id !== 'ex2003'),
  );
  const keyed = new Map<string, DeployStep>();
  checklistSteps(checklist(p)).forEach((step, i) => keyed.set(`checklist#${i}`, step));
  for (const id of SERVER_IDS) serverCommands(p, id).forEach((step, i) => keyed.set(`${id}#${i}`, step));
  [diffPlans(p, changed), diffPlans(bare, p), diffPlans(changed, p)].forEach((diff, d) => {
    for (const change of diff.changes) {
      const what = `${d}/${change.id.split(':')[0]}:${change.currentId ?? ''}>${change.targetId ?? ''}`;
      change.steps.forEach((step, i) => keyed.set(`${what}#${i}`, step));
    }
  });
  return keyed;
}

/** Stand-ins that pass or fail their rule exactly as the hostile values do, and match alike in a diff. */
function twinsOf(v: Values): Values {
  const computers = [...v.servers, ...v.clusters];
  const upper = [...computers, 'DC01'].map((n) => n.toUpperCase());
  const lower = [...computers, 'DC01'].map((n) => n.toLowerCase());
  const name = (n: string, i: number) => {
    const first = lower.indexOf(n.toLowerCase());
    if (lower.lastIndexOf(n.toLowerCase()) !== first) return `QZ D${first}X`;
    const unique = upper.indexOf(n.toUpperCase()) === upper.lastIndexOf(n.toUpperCase());
    return computerNameProblem(n) === undefined && unique ? `QZN${String(i).padStart(2, '0')}X` : `QZ N${i}X`;
  };
  const names = computers.map((n, i) => name(n, i));
  return {
    organization: organizationNameProblem(v.organization) === undefined ? 'QZ Org X' : 'QZ, Org X',
    // Sites that share a name are one site to a diff: their twins share a name too.
    sites: v.sites.map((s) => {
      const i = v.sites.findIndex((o) => o.toLowerCase() === s.toLowerCase());
      return siteNameProblem(s) === undefined ? `QZ Site ${i}X` : `QZ\nSite ${i}X`;
    }) as Values['sites'],
    servers: names.slice(0, v.servers.length),
    clusters: names.slice(v.servers.length),
    dataPath: dataPathProblem(v.dataPath) === undefined ? 'Q:\\QZ Path X' : 'QZPathX',
  };
}

function tokensOf(step: DeployStep, line: string): ShellToken[] {
  let text = line;
  // Placeholders are meant not to run; both plans have the same ones.
  for (const p of step.placeholders) text = text.split(p.token).join('PLACEHOLDER');
  return step.shell === 'powershell' ? powershellTokens(text) : cmdTokens(text);
}

function checkAgainstTwins(v: Values): void {
  const twins = twinsOf(v);
  const pairs: [string, string][] = [
    [twins.organization, v.organization],
    ...twins.sites.map((t, i): [string, string] => [t, v.sites[i]!]),
    ...twins.servers.map((t, i): [string, string] => [t, v.servers[i]!]),
    ...twins.clusters.map((t, i): [string, string] => [t, v.clusters[i]!]),
    [twins.dataPath, v.dataPath],
  ];
  // A shell comment holds the value as printed (quoted), an argument as the shell reads it.
  const quoted = pairs.map(([twin, value]): [string, string] => [psArg(twin), psArg(value)]);
  const substitute = (text: string) =>
    [...quoted, ...pairs].reduce((out, [twin, value]) => out.split(twin).join(value), text);
  const hostile = allSteps(v);
  const plain = allSteps(twins);
  const missing = [...hostile.keys()].filter((k) => !plain.has(k));
  const extra = [...plain.keys()].filter((k) => !hostile.has(k));
  expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  for (const [key, step] of hostile) {
    const twin = plain.get(key)!;
    const lines = (step.command ?? '').split('\n');
    const twinLines = (twin.command ?? '').split('\n');
    expect(lines.length, key).toBe(twinLines.length);
    lines.forEach((line, l) => {
      const expected = tokensOf(twin, twinLines[l]!).map((t) => ({ type: t.type, text: substitute(t.text) }));
      expect(tokensOf(step, line), `${key} ${step.id}: ${line}`).toEqual(expected);
    });
  }
}

const HOSTILE_UNITS = [
  ...`"'‘’‚‛“”&|<>^%!$()\`;,=@#{}[]\\/:*? -_.`,
  '\n',
  '\r',
  '\t',
  '\u202e',
  '\u2066',
  'é',
  '中',
  '🙂',
  'a',
  'B',
  '7',
];
const hostile = fc.string({ unit: fc.constantFrom(...HOSTILE_UNITS), minLength: 1, maxLength: 16 });
const computerName = fc.oneof(
  hostile,
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,14}$/),
  fc.stringMatching(/^-[A-Za-z0-9]{1,6}$/),
);
const organization = fc.oneof(hostile, fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 -]{0,20}[A-Za-z0-9]$/));
const siteName = fc.oneof(hostile, fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' }));
const dataPath = fc.oneof(
  hostile.map((h) => `S:\\${h}`),
  hostile,
  fc.constantFrom('S:\\Exchange Data\\', 'S:\\R&D (x)\\DB'),
);

// Names are distinct here: whether a name is a duplicate depends on the plan (a diff's target may
// lack its twin), which the twins cannot follow. The example above covers a duplicate name.
const COMPUTERS = SERVER_IDS.length + CLUSTER_IDS.length;
const computerNames = fc
  .uniqueArray(computerName, { minLength: COMPUTERS, maxLength: COMPUTERS, selector: (n) => n.toUpperCase() })
  .filter((names) => !names.some((n) => n.toUpperCase() === 'DC01'));
const values: fc.Arbitrary<Values> = fc
  .record({ organization, sites: fc.tuple(siteName, siteName, siteName), names: computerNames, dataPath })
  .map(({ names, ...rest }) => ({
    ...rest,
    servers: names.slice(0, SERVER_IDS.length),
    clusters: names.slice(SERVER_IDS.length),
  }));

describe('generated commands and hostile plan text', () => {
  it('the issue’s examples: refused values become placeholders, others stand quoted in one argument', () => {
    const newOrganization = { ...figure2(), organizationName: 'Contoso" & calc.exe & "' };
    const prepareAd = checklistSteps(checklist(newOrganization)).find((s) => s.id === 'prepare-ad');
    expect(prepareAd?.command).toBe('Setup.com /PrepareAD /OrganizationName:<organization name>');
    expect(prepareAd?.placeholders[0]?.finding?.rule).toBe('org-name-invalid');
    const named = { ...figure2(), organizationName: 'Contoso Ltd' };
    expect(checklistSteps(checklist(named)).find((s) => s.id === 'prepare-ad')?.command).toBe(
      'Setup.com /PrepareAD /OrganizationName:"Contoso Ltd"',
    );

    const v: Values = {
      organization: 'Contoso" & calc.exe & "',
      sites: ['Head office $(Start-Process calc.exe)', "O'Brien’s branch", 'DMZ'],
      servers: [
        'EX2003',
        'HUB01',
        'MBX01',
        'UM01',
        'CCR1',
        'CCR2',
        'SCC1',
        'SCC2',
        'DR1',
        'DR2',
        'hub01',
        'EDGE01',
      ],
      clusters: ['CMS1&calc.exe', 'CMS2', 'CMS3'],
      dataPath: 'S:\\Exchange Data\\',
    };
    checkAgainstTwins(v);
    const steps = [...allSteps(v).values()];
    const commands = steps.map((s) => s.command ?? '').join('\n');
    expect(commands).not.toContain('calc.exe & "');
    expect(commands).not.toContain('CMS1&calc');
    expect(commands).toContain("-Site 'Head office $(Start-Process calc.exe)'");
    const placeholder = steps.flatMap((s) => s.placeholders).find((p) => p.token === '<cluster name>');
    expect(placeholder?.finding?.rule).toBe('name-invalid');
    expect(placeholder?.finding?.message).toContain('CMS1&calc.exe');
  });

  // About 30 ms a plan; the time limit leaves room for a busy two-core CI machine.
  it(
    'for random hostile text in every field, each line tokenizes like its twin, the value in one argument',
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(values, (v) => checkAgainstTwins(v)),
        { numRuns: 120 },
      );
    },
  );
});
