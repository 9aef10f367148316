// The plan a document derives after an edit notes its layout as a change of the last one, so the
// canvas resolves its layout by updating the last resolution (theme/layoutUpdate.ts): that must
// give exactly what a fresh resolve gives, after settled edits (items added and deleted among
// them) and after undo and redo.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyStep, editStarts, editStep } from '../layout/testing/randomEdits.ts';
import { enableLayoutUpdates, resolveLayout, resolveLayoutAfresh } from '../theme/geometry.ts';
import { updateLayout } from '../theme/layoutUpdate.ts';
import { PlanDocument } from './index.ts';

enableLayoutUpdates(updateLayout);

describe('the layout of the plans a document derives, edit after edit', () => {
  it('is what a fresh resolve gives (the derived layout is noted as a change of the last one)', () => {
    fc.assert(
      fc.property(fc.array(editStep, { minLength: 1, maxLength: 8 }), (steps) => {
        const doc = PlanDocument.fromPlan(editStarts[1]![1]());
        steps.forEach((s, i) => {
          const shown = doc.plan;
          resolveLayout(shown);
          const derived = doc.apply(applyStep(shown, s, i));
          const what = `after step ${i + 1}: ${JSON.stringify(s)}`;
          expect(resolveLayout(derived).boxes, what).toEqual(resolveLayoutAfresh(derived).boxes);
          if (i % 3 === 2) {
            doc.undo();
            expect(resolveLayout(doc.plan).boxes, `undone ${what}`).toEqual(resolveLayoutAfresh(doc.plan).boxes);
            doc.redo();
            expect(resolveLayout(doc.plan).boxes, `redone ${what}`).toEqual(resolveLayoutAfresh(doc.plan).boxes);
            doc.undo();
            expect(resolveLayout(doc.plan).boxes, `undone again ${what}`).toEqual(resolveLayoutAfresh(doc.plan).boxes);
          }
        });
      }),
      { numRuns: 30 },
    );
  });
});
