// The first thing the checklist says when the plan has errors: how many, and each one as a link to
// its items on the diagram.
import type { Finding } from '../../rules/types.ts';
import { ruleById } from '../../rules/index.ts';
import { SeverityIcon } from '../../canvas/Icon.tsx';
import { showInDesign } from './navigate.ts';
import { plural } from './labels.ts';

export function ErrorsCallout({ errors }: { errors: readonly Finding[] }) {
  if (errors.length === 0) return null;
  return (
    <section className="errors-callout" role="alert" aria-labelledby="deploy-errors-title">
      <h3 id="deploy-errors-title">
        <SeverityIcon severity="error" size={16} />
        This plan has {plural(errors.length, 'error')}: fix {errors.length === 1 ? 'it' : 'them'} before deploying
      </h3>
      <p className="errors-lead">
        Setup would refuse these, or the result would be unsupported. The steps below assume they are fixed.
      </p>
      <ul>
        {errors.map((f, i) => (
          <li key={`${f.rule}:${f.subjects.join(',')}:${i}`}>
            <button
              type="button"
              className="error-link"
              onClick={() => showInDesign(f.subjects)}
              title={f.subjects.length > 0 ? 'Show it on the diagram' : "Show the plan's settings"}
            >
              <span className="error-rule">{ruleById(f.rule)?.title ?? f.rule}</span>
              <span className="error-message">{f.message}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
