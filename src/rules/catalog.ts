// The rule catalog of docs/rules.md (rules.md version 2 and this repository's additions), in order. Each family module keeps a rule's
// entry beside its check; this file only assembles them, so the UI's "why?" panel, the README
// table and validate() all read one list.
import { ACTIVE_DIRECTORY_RULES } from './activeDirectory.ts';
import { CLUSTER_RULES } from './clusters.ts';
import { COEXISTENCE_RULES } from './coexistence.ts';
import type { RuleDefinition } from './define.ts';
import { NAME_RULES } from './names.ts';
import { PLATFORM_RULES } from './platform.ts';
import { REDUNDANCY_RULES } from './redundancy.ts';
import { REPLICATION_RULES } from './replication.ts';
import { ROLE_RULES } from './roles.ts';
import { LINK_RULES } from './siteLinks.ts';
import { SITE_RULES } from './sites.ts';
import { TEXT_VALUE_RULES } from './textValues.ts';
import type { RuleMeta } from './types.ts';

export const RULE_DEFINITIONS: readonly RuleDefinition[] = [
  ...ROLE_RULES,
  ...CLUSTER_RULES,
  ...REPLICATION_RULES,
  ...SITE_RULES,
  ...LINK_RULES,
  ...PLATFORM_RULES,
  ...ACTIVE_DIRECTORY_RULES,
  ...COEXISTENCE_RULES,
  ...NAME_RULES,
  ...TEXT_VALUE_RULES,
  ...REDUNDANCY_RULES,
];

/** Every rule's catalog entry (id, severity, title, why, source, fix, family), in rules.md order. */
export const RULES: readonly RuleMeta[] = RULE_DEFINITIONS.map((definition) => definition.meta);

/** The family headings of rules.md, in order. */
export const FAMILIES: readonly string[] = [...new Set(RULES.map((rule) => rule.family))];

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): RuleMeta | undefined {
  return BY_ID.get(id);
}
