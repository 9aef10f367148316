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
import { PLACEHOLDER, prepareAd, prepareDomain, prepareLegacyPermissions, prepareSchema } from './setup.ts';
import type { Checklist, ChecklistSection, DeployStep } from './types.ts';

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

function activeDirectorySteps(facts: DeploymentFacts): DeployStep[] {
  const internal = facts.groups.some((g) => !g.perimeter);
  if (!internal) return [];
  const steps: DeployStep[] = [];
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
  steps.push(
    cmd(
      'prepare-schema',
      'Extend the Active Directory schema',
      prepareSchema(),
      'Exchange 2007 needs its schema extensions. Run it in the schema master’s domain and site as a member of Schema Admins and Enterprise Admins.',
    ),
  );
  const newOrganization = facts.firstServerId !== undefined;
  const name = facts.plan.organizationName;
  const ad = cmd(
    'prepare-ad',
    'Prepare Active Directory',
    prepareAd(newOrganization ? (name ?? PLACEHOLDER.organizationName) : undefined),
    newOrganization
      ? 'Creates the new Exchange organization (named here, so no server install needs /OrganizationName), its containers and its security groups. Run it as a member of Enterprise Admins.'
      : 'Creates the Exchange 2007 containers and security groups in the existing organization. Run it as a member of Enterprise Admins.',
  );
  if (newOrganization && name === undefined)
    ad.placeholders = [
      { token: PLACEHOLDER.organizationName, label: 'organization name', field: 'organizationName' },
    ];
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
export function checklist(plan: Plan, findings: readonly Finding[] = []): Checklist {
  const facts = deploymentFacts(plan, { adPreparedSeparately: true });
  const sections: ChecklistSection[] = [];
  const errors = errorsStep(findings);
  if (errors) sections.push({ id: 'fix-errors', title: 'Before you start', steps: [errors] });

  const ordered = facts.groups.flatMap((g) => g.serverIds).map((id) => facts.servers.get(id)!);
  const prerequisites = ordered.map((s) => prerequisitesStep(s, facts));
  if (prerequisites.length > 0)
    sections.push({ id: 'prerequisites', title: 'Prerequisites on each server', steps: prerequisites });

  const ad = activeDirectorySteps(facts);
  if (ad.length > 0) sections.push({ id: 'active-directory', title: 'Prepare Active Directory', steps: ad });

  for (const group of facts.groups) {
    const steps = group.serverIds.flatMap((id) => installSequence(facts.servers.get(id)!, facts));
    sections.push({ id: `install:${group.siteId ?? 'unplaced'}`, title: `Install: ${group.title}`, steps });
  }

  const coexistence = [...linkStateSteps(facts), ...connectorSteps(facts)];
  if (coexistence.length > 0)
    sections.push({ id: 'coexistence', title: 'Coexistence with Exchange 2003/2000', steps: coexistence });
  return { planName: plan.name, sections };
}

/** Every step of a checklist in order, for progress counts and id lookups. */
export function checklistSteps(list: Checklist): DeployStep[] {
  return list.sections.flatMap((s) => s.steps);
}
