// The plan being opened from a link or a file, for the progress panel: what it is, the stage
// reached, and a way to cancel. The worker reads, checks and validates; the last stage, drawing
// the canvas, is on the main thread, so the panel says so before it starts. The panel appears
// only when opening takes a moment.
import { create } from 'zustand';
import type { Plan } from '../../model/schema.ts';
import type { OpenedPlan, OpenStage, PlanSource } from '../../share/openPlan.ts';
import type { PlanSize } from '../../share/progress.ts';
import { seedFindings } from '../../store/findings.ts';
import { openOffThread } from './openOffThread.ts';

export type OpeningStage = OpenStage | { stage: 'drawing'; size: PlanSize };

interface OpeningState {
  /** "the shared plan", "figure-3.svg": what is being opened; undefined when nothing is. */
  what: string | undefined;
  stage: OpeningStage | undefined;
  /** Shown after a short delay, so a small plan opens without a flash. */
  visible: boolean;
  cancel: (() => void) | undefined;
}

export const useOpening = create<OpeningState>()(() => ({
  what: undefined,
  stage: undefined,
  visible: false,
  cancel: undefined,
}));

const SHOW_AFTER_MS = 250;
/** A link or file this large holds thousands of items: progress shows at once. */
const LARGE = { linkChars: 50_000, fileBytes: 1_000_000 };
let current = 0;

const isLarge = (source: PlanSource) =>
  source.kind === 'link' ? source.url.length > LARGE.linkChars : source.bytes.length > LARGE.fileBytes;

/** Resolves once the browser has painted what is on screen now. */
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Opens a plan off the main thread, showing progress while it takes; `show` puts a good plan on
 * screen. One at a time: a second call cancels the first.
 */
export async function openWithProgress(
  what: string,
  source: PlanSource,
  show: (plan: Plan) => unknown,
): Promise<OpenedPlan> {
  useOpening.getState().cancel?.();
  const token = ++current;
  const mine = (update: Partial<OpeningState>) => token === current && useOpening.setState(update);
  const opening = openOffThread(source, (stage) => mine({ stage }));
  useOpening.setState({ what, stage: { stage: 'reading' }, visible: isLarge(source), cancel: opening.cancel });
  const timer = setTimeout(() => mine({ visible: true }), SHOW_AFTER_MS);
  try {
    const result = await opening.result;
    if (!result.ok || token !== current) return result;
    if (useOpening.getState().visible) {
      const size = { servers: result.plan.servers.length, items: 0 };
      mine({ stage: { stage: 'drawing', size }, cancel: undefined });
      await painted();
    }
    seedFindings(result.plan, result.findings); // validated in the worker: not again here
    await show(result.plan);
    await painted();
    return result;
  } finally {
    clearTimeout(timer);
    mine({ what: undefined, stage: undefined, visible: false, cancel: undefined });
  }
}
