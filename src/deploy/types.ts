// The shapes the deployment views share (UI panel, CLI, Markdown export). Plain data, so the
// UI can keep tick-box progress by step id and show "the selected server's commands" by serverId.
import type { Role } from '../model/schema.ts';

/** Something the plan does not know, shown in a command as an obvious token such as `<CMS IP address>`. */
export interface Placeholder {
  /** The literal text in the command, e.g. `<CMS IP address>`. */
  token: string;
  /** What to fill in, e.g. "CMS IP address". */
  label: string;
  /** The plan field that fills it, as a path (`clusters[0].ipAddress`); absent when only the command can. */
  field?: string;
  /** The item whose field it is (a cluster id, a server id), for the UI to select. */
  itemId?: string;
  /**
   * The plan has the value but it fails its rule, so it is not printed: the error finding to fix
   * (name-invalid, name-duplicate, org-name-invalid, site-name-invalid, cms-data-path).
   */
  finding?: { rule: string; message: string };
}

export type StepKind =
  | 'fix-errors'
  | 'native-mode'
  | 'prerequisites'
  | 'prepare-legacy-permissions'
  | 'prepare-schema'
  | 'prepare-ad'
  | 'prepare-domain'
  | 'install'
  | 'cluster-form'
  | 'cluster-witness'
  | 'cluster-quorum'
  | 'edge-subscription'
  | 'link-state'
  | 'routing-group-connector'
  | 'move-mailboxes'
  | 'uninstall'
  | 'rebuild'
  | 'readdress'
  | 'recover-cms'
  | 'remove-cms'
  | 'manual';

export interface DeployStep {
  /** Stable across runs for the same plan: built from step kinds and item ids, never positions. */
  id: string;
  kind: StepKind;
  title: string;
  /** The computer the step runs on; absent for organization-wide steps. */
  serverId?: string;
  /** Why the step is needed, in a sentence or two. */
  reason: string;
  /** What to type (one or more lines); absent when the step is done in a wizard or by hand. */
  command?: string;
  /** Which shell the command is for, so exports can label the code block. */
  shell?: 'cmd' | 'powershell';
  /** Items to install or check, for steps that are a list rather than one command. */
  details?: string[];
  placeholders: Placeholder[];
}

export interface ChecklistSection {
  id: string;
  title: string;
  steps: DeployStep[];
}

export interface Checklist {
  planName: string;
  sections: ChecklistSection[];
}

/** Why Setup cannot turn the current server into the target one in place. */
export type MigrationReason =
  'cluster-conversion' | 'os-change' | 'product-change' | 'rename' | 'edge-conversion';

/**
 * build: a new computer; modify: changed in place (roles added or removed with Setup.com from the
 * installation media, an Edge resubscribed, a server readdressed into another site); migrate: a
 * change Setup cannot make in place; retire: removed (a clustered mailbox server first).
 */
export type ServerChangeKind = 'build' | 'modify' | 'migrate' | 'retire';

export interface ServerChange {
  /** Stable: kind and upper-cased computer name, e.g. `modify:EX01`. */
  id: string;
  kind: ServerChangeKind;
  serverName: string;
  /** The server's id in the current plan (absent for a build). */
  currentId?: string;
  /** The server's id in the target plan (absent for a retirement). */
  targetId?: string;
  addRoles: Role[];
  removeRoles: Role[];
  /** For `migrate`: every reason the change cannot be made in place. */
  reasons: MigrationReason[];
  /** One line, e.g. "EX01: add Unified Messaging, remove Client Access". */
  summary: string;
  steps: DeployStep[];
}

export interface PlanDiff {
  currentName: string;
  targetName: string;
  /** In the order to carry them out: builds, migrations and modifications in the target's install order, then retirements. */
  changes: ServerChange[];
  /** Computer names present in both plans with nothing to do. */
  unchanged: string[];
}
