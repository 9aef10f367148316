import { useOpening, type OpeningStage } from './opening.ts';

const STEPS: OpeningStage['stage'][] = ['reading', 'checking', 'validating', 'drawing'];

function describe(stage: OpeningStage): string {
  if (stage.stage === 'reading') return 'Reading…';
  const servers = `${stage.size.servers.toLocaleString('en-US')} ${stage.size.servers === 1 ? 'server' : 'servers'}`;
  if (stage.stage === 'checking')
    return `Checking ${servers} and ${(stage.size.items - stage.size.servers).toLocaleString('en-US')} other items…`;
  if (stage.stage === 'validating') return `Running the deployment rules on ${servers}…`;
  return `Drawing ${servers} on the canvas…`;
}

/** While a large plan opens in the background: what it is, the stage reached, and Cancel. */
export function OpeningPlan() {
  const { what, stage, visible, cancel } = useOpening();
  if (!visible || !what || !stage) return null;
  const step = STEPS.indexOf(stage.stage) + 1;
  return (
    <div className="opening-plan" role="status" aria-live="polite">
      <p className="opening-title">
        Opening <bdi>{what}</bdi>
      </p>
      <p className="opening-stage">
        Step {step} of {STEPS.length}: {describe(stage)}
      </p>
      <div className="progress-bar" role="progressbar" aria-label="Opening the plan" aria-valuemin={0} aria-valuemax={STEPS.length} aria-valuenow={step}>
        <span style={{ width: `${(step / STEPS.length) * 100}%` }} />
      </div>
      <p className="opening-note">
        {stage.stage === 'drawing'
          ? 'A plan this large takes the canvas a few seconds to draw.'
          : 'Your open plan stays as it is until this finishes.'}
      </p>
      {cancel && (
        <button type="button" className="ghost small" onClick={cancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
