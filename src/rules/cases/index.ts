// Every rule case, for the sweeps that look at all of them (catalog coverage, quick fixes).
import { CLUSTER_CASES } from './clusters.ts';
import {
  ACTIVE_DIRECTORY_CASES,
  COEXISTENCE_CASES,
  NAME_CASES,
  REDUNDANCY_CASES,
  TEXT_VALUE_CASES,
} from './organization.ts';
import { PLATFORM_CASES } from './platform.ts';
import { REPLICATION_CASES } from './replication.ts';
import { ROLE_CASES } from './roles.ts';
import type { RuleCase } from './ruleCase.ts';
import { SITE_CASES } from './sites.ts';

export const ALL_CASES: readonly RuleCase[] = [
  ...ROLE_CASES,
  ...CLUSTER_CASES,
  ...REPLICATION_CASES,
  ...SITE_CASES,
  ...PLATFORM_CASES,
  ...ACTIVE_DIRECTORY_CASES,
  ...COEXISTENCE_CASES,
  ...NAME_CASES,
  ...TEXT_VALUE_CASES,
  ...REDUNDANCY_CASES,
];
