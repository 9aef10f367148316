// Words the deploy and compare views show for the deploy module's codes: labels only, no decisions.
import type { DeployStep, MigrationReason, ServerChangeKind } from '../../deploy/index.ts';

export const SHELL_LABEL: Record<NonNullable<DeployStep['shell']>, string> = {
  cmd: 'Command Prompt',
  powershell: 'PowerShell',
};

export const CHANGE_KIND: Record<ServerChangeKind, { label: string; plural: string; hint: string }> = {
  build: { label: 'Build', plural: 'Build', hint: 'A new computer: prerequisites, then Setup from the installation media.' },
  modify: { label: 'Change', plural: 'Change in place', hint: 'Changed on the installed server: roles added or removed with Setup.com from the installation media, or a new address in another site.' },
  migrate: { label: 'Migrate', plural: 'Migrate', hint: 'Setup cannot make this change in place: the server is emptied, rebuilt and installed again.' },
  retire: { label: 'Retire', plural: 'Retire', hint: 'Moved off and uninstalled, then removed from the organization.' },
};

export const REASON_LABEL: Record<MigrationReason, string> = {
  'cluster-conversion': 'Cluster change',
  'os-change': 'Operating system change',
  'product-change': 'Product change',
  rename: 'Rename',
  'edge-conversion': 'Edge conversion',
};

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
