// A rule case: a plan where the rule fires (with the subjects and names the finding must carry)
// and a close variant where it stays quiet. Family tests run them; the fix sweep reuses them.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../model/schema.ts';
import { ruleById } from '../catalog.ts';
import { validate } from '../validate.ts';

export interface RuleCase {
  rule: string;
  /** What makes it fire, for the test's name. */
  when: string;
  fires: Plan;
  subjects: string[];
  /** Text the message must contain: the items' names (not their ids), and key facts. */
  names: string[];
  quiet: Plan;
}

export function checkCases(cases: readonly RuleCase[]): void {
  for (const c of cases)
    describe(`${c.rule}: ${c.when}`, () => {
      it('fires once, with its severity, subjects and the items named', () => {
        const found = validate(c.fires).filter((f) => f.rule === c.rule);
        expect(found.map((f) => f.subjects)).toEqual([c.subjects]);
        const [finding] = found;
        expect(finding?.severity).toBe(ruleById(c.rule)?.severity);
        for (const name of c.names) expect(finding?.message).toContain(name);
      });
      it('stays quiet on the close variant', () => {
        expect(validate(c.quiet).filter((f) => f.rule === c.rule)).toEqual([]);
      });
    });
}
