// The plans every export format is tested with: Microsoft's three figures, a 30-server plan in
// three sites, and a plan whose names are markup and XML-special characters.
import type { Plan } from '../../model/schema.ts';
import { templateById } from '../../templates/index.ts';
import { hostilePlan } from './hostilePlan.ts';
import { threeSitePlan } from './threeSitePlan.ts';

export function exportPlans(): Record<string, Plan> {
  return {
    'Figure 1': templateById('figure-1')!.plan,
    'Figure 2': templateById('figure-2')!.plan,
    'Figure 3': templateById('figure-3')!.plan,
    '30 servers in 3 sites': threeSitePlan(),
    'names with markup': hostilePlan(),
  };
}
