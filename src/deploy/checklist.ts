// The whole deployment as one ordered checklist: fix the plan's errors, prerequisites on every
// server, Active Directory preparation, installs site by site in Microsoft's order (clusters and
// witnesses before their clustered mailbox server, Edge and its subscription last), coexistence.
// Step ids come from step kinds and item ids, so tick-box progress survives edits and reloads.
import type { Plan } from '../model/schema.ts';
import type { Finding } from '../rules/types.ts';
import { installSequence } from './commands.ts';
import { connectorSteps, linkStateSteps } from './coexistence.ts';
import { deploymentFacts, type DeploymentFacts } from './facts.ts';
import { prerequisitesStep } from './prerequisites.ts';
import { recoveryStep } from './clusters.ts';
import { PLACEHOLDER, prepareAd, prepareDomain, prepareLegacyPermissions, prepareSchema } from './setup.ts';
import { placeholdersOf, type Printed } from './values.ts';
import type { Checklist, ChecklistSection, DeployStep } from './types.ts';
import { nameOf } from '../rules/words.ts';

function errorsStep(findings: readonly Finding[]): DeployStep | undefined {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) return undefined;
  return {
    id: 'fix-errors',
    kind: 'fix-errors',
    title: `Fix ${errors.length} error${errors.length === 1 ? '' : 's'} in the plan first`,
    reason: 'These make the plan unsupported or blocked by Setup; the steps below assume they are fixed.',
    details: errors.map((f) => `${f.message} (${f.rule})`),
    placeholders: [],
  };
}

/** Exchange 2007 joins only a native-mode organization: a step whenever the plan does not say it is. */
export function nativeModeStep(facts: DeploymentFacts): DeployStep | undefined {
  const mode = facts.plan.exchange.legacyMode;
  if (facts.legacyRouting.length === 0 || mode === 'native') return undefined;
  return {
    id: 'native-mode',
    kind: 'native-mode',
    title: 'Switch the Exchange organization to native mode',
    reason:
      mode === 'mixed'
        ? 'The Exchange 2003/2000 organization is in mixed mode, and Exchange 2007 joins only an organization in native mode. Switch it before the first Exchange 2007 server is installed (the switch cannot be undone).'
        : 'The plan does not say whether the Exchange 2003/2000 organization is in native mode, and Exchange 2007 joins only an organization in native mode. Check it, and switch it before the first Exchange 2007 server is installed (the switch cannot be undone).',
    details: [
      'Remove every Exchange 5.5 server, the Site Replication Service and every Active Directory Connector',
      'Exchange System Manager: the organization’s Properties, Operation mode, Change Mode',
      'Then record it in the plan: Exchange organization mode, Native',
    ],
    placeholders: [],
  };
}

/** On Windows Server 2008 the computer that prepares the schema needs the Active Directory tools. */
function schemaTools(facts: DeploymentFacts): string[] {
  const oses = new Set(facts.plan.servers.filter((s) => s.product === 'exchange2007').map((s) => s.os));
  const lines: string[] = [];
  if (oses.has('windows2008'))
    lines.push('On Windows Server 2008, first add the Active Directory tools: ServerManagerCmd -i RSAT-ADDS');
  if (oses.has('windows2008r2'))
    lines.push(
      'On Windows Server 2008 R2, first add the Active Directory tools: Import-Module ServerManager; Add-WindowsFeature RSAT-ADDS',
    );
  return lines;
}

function activeDirectorySteps(facts: DeploymentFacts): DeployStep[] {
  const internal = facts.groups.some((g) => !g.perimeter);
  if (!internal) return [];
  const native = nativeModeStep(facts);
  const steps: DeployStep[] = native ? [native] : [];
  const cmd = (id: DeployStep['kind'], title: string, command: string, reason: string): DeployStep => ({
    id,
    kind: id,
    title,
    command,
    shell: 'cmd',
    reason,
    placeholders: [],
  });
  if (facts.earlierVersions)
    steps.push(
      cmd(
        'prepare-legacy-permissions',
        'Prepare legacy Exchange permissions',
        prepareLegacyPermissions(),
        'The organization has Exchange 2003/2000 servers: without these permissions their Recipient Update Service stops stamping new users once the schema changes. Run it before /PrepareSchema.',
      ),
    );
  const schema = cmd(
    'prepare-schema',
    'Extend the Active Directory schema',
    prepareSchema(),
    'Exchange 2007 needs its schema extensions. Run it in the schema master’s domain and site as a member of Schema Admins and Enterprise Admins.',
  );
  const tools = schemaTools(facts);
  steps.push(tools.length > 0 ? { ...schema, details: tools } : schema);
  const newOrganization = facts.firstServerId !== undefined;
  const name: Printed | undefined = newOrganization
    ? (facts.values.organization() ?? {
        text: PLACEHOLDER.organizationName,
        placeholder: {
          token: PLACEHOLDER.organizationName,
          label: 'organization name',
          field: 'organizationName',
        },
      })
    : undefined;
  const ad = cmd(
    'prepare-ad',
    'Prepare Active Directory',
    prepareAd(name?.text),
    newOrganization
      ? 'Creates the new Exchange organization (named here, so no server install needs /OrganizationName), its containers and its security groups. Run it as a member of Enterprise Admins.'
      : 'Creates the Exchange 2007 containers and security groups in the existing organization. Run it as a member of Enterprise Admins.',
  );
  ad.placeholders = placeholdersOf([name]);
  steps.push(
    ad,
    cmd(
      'prepare-domain',
      'Prepare each domain',
      prepareDomain(),
      'Run it in every domain that will hold Exchange servers or mail-enabled users (or once with /PrepareAllDomains).',
    ),
  );
  return steps;
}

/** The ordered checklist for a fresh deployment of the plan; pass the rule engine's findings to list errors first. */
export function checklist(plan: Plan, findings?: readonly Finding[]): Checklist {
  const facts = deploymentFacts(plan, { adPreparedSeparately: true, ...(findings ? { findings } : {}) });
  const sections: ChecklistSection[] = [];
  const errors = errorsStep(findings ?? []);
  if (errors) sections.push({ id: 'fix-errors', title: 'Before you start', steps: [errors] });

  const ordered = facts.groups.flatMap((g) => g.serverIds).map((id) => facts.servers.get(id)!);
  const prerequisites = ordered.map((s) => prerequisitesStep(s, facts));
  if (prerequisites.length > 0)
    sections.push({ id: 'prerequisites', title: 'Prerequisites on each server', steps: prerequisites });

  const ad = activeDirectorySteps(facts);
  if (ad.length > 0) sections.push({ id: 'active-directory', title: 'Prepare Active Directory', steps: ad });

  for (const group of facts.groups) {
    const steps = group.serverIds.flatMap((id) => installSequence(facts.servers.get(id)!, facts));
    sections.push({ id: `install:${group.siteId ?? 'unplaced'}`, title: `Install: ${nameOf(group.title)}`, steps });
  }

  const coexistence = [...linkStateSteps(facts), ...connectorSteps(facts)];
  if (coexistence.length > 0)
    sections.push({ id: 'coexistence', title: 'Coexistence with Exchange 2003/2000', steps: coexistence });
  const recovery = plan.clusters.flatMap((c) => recoveryStep(c, facts) ?? []);
  if (recovery.length > 0)
    sections.push({
      id: 'recovery',
      title: 'Site recovery (only after losing the primary site)',
      steps: recovery,
    });
  return { planName: plan.name, sections };
}

/** Every step of a checklist in order, for progress counts and id lookups. */
export function checklistSteps(list: Checklist): DeployStep[] {
  return list.sections.flatMap((s) => s.steps);
}
