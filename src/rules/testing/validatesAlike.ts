// For the incremental validation's property tests: one run of edits, validated step by step by a
// new incremental validator and afresh by validate(), which must agree finding for finding, in order.
import { expect } from 'vitest';
import type { Plan } from '../../model/index.ts';
import { createValidator } from '../incremental.ts';
import { validate } from '../validate.ts';

export function expectValidatedAlike(start: Plan, steps: readonly ((plan: Plan) => Plan)[]): void {
  const check = createValidator();
  let plan = start;
  expect(check(plan)).toEqual(validate(plan));
  steps.forEach((edit, i) => {
    plan = edit(plan);
    expect(check(plan), `after step ${i + 1}`).toEqual(validate(plan));
  });
}
