// Compare plans: choose the installed plan and the target from the plan list, then read what to
// build, change, migrate and retire, server by server, in the order to carry it out.
import { useMemo } from 'react';
import { diffPlans, diffToMarkdown, type PlanDiff } from '../../deploy/index.ts';
import { usePlanStore } from '../../store/planStore.ts';
import { downloadBlob, fileBaseName } from '../share/download.ts';
import { ChangeCard } from './ChangeCard.tsx';
import { plural } from './labels.ts';
import { DiffSummary } from './DiffSummary.tsx';
import { PlanPicker } from './PlanPicker.tsx';
import { useLoadedPlan, usePlanOptions, usePlanPair, type Loaded } from './planChoice.ts';

export function DiffView() {
  const { options, openId } = usePlanOptions();
  return (
    <div className="deploy-view diff-view" role="region" aria-label="Compare plans">
      <article className="deploy-doc">
        {options.length < 2 ? <NeedsTwoPlans /> : <Comparison key={openId} />}
      </article>
    </div>
  );
}

function Comparison() {
  const { options, openId } = usePlanOptions();
  const pair = usePlanPair(options, openId);
  const openPlan = usePlanStore((s) => s.plan);
  const readOnly = usePlanStore((s) => s.readOnly);
  const current = useLoadedPlan(pair.current, openId, openPlan);
  const target = useLoadedPlan(pair.target, openId, openPlan);
  const diff = useMemo(
    () => (current?.ok && target?.ok ? diffPlans(current.plan, target.plan) : undefined),
    [current, target],
  );
  return (
    <>
      <header className="deploy-header diff-header">
        <div className="deploy-heading">
          <p className="deploy-kicker">Compare plans</p>
          <h2 className="deploy-title">{diff ? headline(diff) : 'Choose two plans'}</h2>
        </div>
        <div className="deploy-actions">
          <button type="button" disabled={!diff} onClick={() => diff && exportDiff(diff)}>
            Export Markdown
          </button>
        </div>
        <PlanPicker
          options={options}
          current={pair.current}
          target={pair.target}
          onCurrent={pair.setCurrent}
          onTarget={pair.setTarget}
          onSwap={pair.swap}
        />
      </header>
      <LoadProblem side="installed" loaded={current} />
      <LoadProblem side="target" loaded={target} />
      {pair.current === pair.target && <p className="diff-note">Both sides are the same plan: choose another one on either side.</p>}
      {diff && <DiffBody diff={diff} fillable={pair.target === openId && !readOnly} />}
    </>
  );
}

function DiffBody({ diff, fillable }: { diff: PlanDiff; fillable: boolean }) {
  return (
    <>
      <DiffSummary diff={diff} />
      {diff.changes.length === 0 ? (
        <p className="deploy-empty">No changes: the target plan matches what is installed.</p>
      ) : (
        <div className="change-list">
          {diff.changes.map((change, i) => (
            <ChangeCard key={change.id} change={change} order={i + 1} fillable={fillable} />
          ))}
        </div>
      )}
    </>
  );
}

function LoadProblem({ side, loaded }: { side: string; loaded: Loaded | undefined }) {
  if (loaded?.ok) return null;
  const message = loaded ? loaded.message : 'This plan is no longer in the plan list.';
  return (
    <p className="diff-problem" role="alert">
      The {side} plan cannot be compared. {message}
    </p>
  );
}

function NeedsTwoPlans() {
  return (
    <div className="deploy-empty">
      <h2 className="deploy-title">Compare two plans</h2>
      <p>
        Comparing needs two plans in this browser. Open <strong>Plans</strong> and <strong>Duplicate</strong> this one,
        change the copy (add or remove roles, servers, clusters), then compare: the original as installed, the copy as the target.
      </p>
    </div>
  );
}

function headline(diff: PlanDiff): string {
  const n = diff.changes.length;
  return n === 0 ? 'Nothing to change' : `${plural(n, 'server')} to change`;
}

function exportDiff(diff: PlanDiff) {
  const name = `${fileBaseName(diff.currentName)}-to-${fileBaseName(diff.targetName)}.md`;
  downloadBlob(name, new Blob([diffToMarkdown(diff)], { type: 'text/markdown;charset=utf-8' }));
}
