// What the first paint does not need, loaded the first time it is shown, and fetched anyway once
// the app is idle after its first paint (so a first click finds it there): the Deploy and Compare
// views (the deployment module with them), the dialogs, the inspector (its column is drawn a moment
// after the canvas), its Setup commands, the quick fixes. Keeps the initial script within the bench's budget.
import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { create } from 'zustand';
import type { quickFixes } from '../rules/fixes.ts';
import { useUi } from './uiState.ts';
import { useExportDialog } from '../panels/share/exportDialogState.ts';
import { useShare } from '../panels/share/shareState.ts';
import { useTeamDialog } from '../store/teamDialog.ts';
import { enableLayoutUpdates } from '../theme/geometry.ts';
import { enableIndexUpdates } from '../rules/incremental.ts';

const loaders: (() => Promise<unknown>)[] = [];

/** Where a part could not be fetched (offline, or the app updated on its server): the rest works on. */
function Unavailable() {
  return (
    <p className="part-unavailable" role="alert">
      This part of the designer could not be loaded.{' '}
      <button type="button" onClick={() => location.reload()}>
        Reload
      </button>
    </p>
  );
}

export function later<P extends object>(load: () => Promise<ComponentType<P>>): (props: P) => ReactNode {
  let Loaded: ComponentType<P> | undefined;
  const loading = async () => (Loaded = await load());
  loaders.push(loading);
  const Lazy = lazy(async () => ({ default: await loading().catch(() => Unavailable as ComponentType<P>) }));
  return function Later(props: P) {
    // Once loaded, drawn at once: through Suspense, React would hold it back up to 300 ms.
    // (An instance that began suspended stays on that path, so it is never mounted twice.)
    const [ready] = useState(() => Loaded !== undefined);
    if (ready && Loaded) return <Loaded {...props} />;
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

export const DeployView = later(async () => (await import('../panels/deploy/DeployView.tsx')).DeployView);
export const OpeningPlan = later(async () => (await import('../panels/share/OpeningPlan.tsx')).OpeningPlan);
export const DiffView = later(async () => (await import('../panels/deploy/DiffView.tsx')).DiffView);
export const ServerCommandsSection = later(async () => (await import('../panels/deploy/ServerCommands.tsx')).ServerCommandsSection);
export const ClusterCommandsSection = later(async () => (await import('../panels/deploy/ServerCommands.tsx')).ClusterCommandsSection);
export const Inspector = later(async () => (await import('../panels/inspector/Inspector.tsx')).Inspector);
export const ServerFields = later(async () => (await import('../panels/inspector/ServerFields.tsx')).ServerFields);
export const ClusterFields = later(async () => (await import('../panels/inspector/ClusterFields.tsx')).ClusterFields);
export const SiteFields = later(async () => (await import('../panels/inspector/SiteFields.tsx')).SiteFields);
export const InfraFields = later(async () => (await import('../panels/inspector/InfraFields.tsx')).InfraFields);
export const LinkFields = later(async () => (await import('../panels/inspector/LinkFields.tsx')).LinkFields);
const Shortcuts = later(async () => (await import('../panels/ShortcutsDialog.tsx')).ShortcutsDialog);
const Find = later(async () => (await import('../panels/FindDialog.tsx')).FindDialog);
const Share = later(async () => (await import('../panels/share/ShareDialog.tsx')).ShareDialog);
const Export = later(async () => (await import('../panels/share/ExportDialog.tsx')).ExportDialog);
const Team = later(async () => (await import('../panels/team/TeamDialog.tsx')).TeamDialog);
const Identity = later(async () => (await import('../panels/team/IdentityDialog.tsx')).IdentityDialog);

const When = ({ open, children }: { open: boolean; children: ReactNode }) => (open ? children : null);

/** The dialogs, each mounted while it is open. */
export function Dialogs() {
  const shortcuts = useUi((s) => s.shortcutsOpen);
  const find = useUi((s) => s.findOpen);
  const share = useShare((s) => Boolean(s.url));
  const exporting = useExportDialog((s) => s.open);
  const team = useTeamDialog((s) => s.open);
  const identity = useTeamDialog((s) => Boolean(s.askingIdentity));
  return (
    <>
      <When open={shortcuts}>
        <Shortcuts />
      </When>
      <When open={find}>
        <Find />
      </When>
      <When open={share}>
        <Share />
      </When>
      <When open={exporting}>
        <Export />
      </When>
      <When open={team}>
        <Team />
      </When>
      <When open={identity}>
        <Identity />
      </When>
    </>
  );
}

const useFixes = create<{ quickFixes: typeof quickFixes | undefined }>()(() => ({ quickFixes: undefined }));
loaders.push(async () => {
  const rules = await import('../rules/afterPaint.ts');
  // A role or name edit's plan index updated from the last one: the same answers, sooner (rules/indexUpdate.ts).
  enableIndexUpdates(rules.updateIndex);
  useFixes.setState({ quickFixes: rules.quickFixes });
});
// An edit's layout updated from the last one: the same boxes as resolved afresh, sooner (theme/layoutUpdate.ts).
loaders.push(async () => enableLayoutUpdates((await import('../theme/layoutUpdate.ts')).updateLayout));
// The settle learns which containers are tidy while idle, not during the first edit (store/settlePriming.ts).
loaders.push(async () => (await import('../store/settlePriming.ts')).primeSettleOnOpen());

/** The quick-fix finder once it is loaded (undefined until then: the rows show their fixes a moment later). */
export const useQuickFixes = () => useFixes((s) => s.quickFixes);

/** Before this, the browser's idle moments belong to the plan's first drawing (React Flow measures the cards). */
const SETTLE_MS = 600;

/** After the first paint, once the plan is drawn and the browser idle: fetch every part above, so none waits for a click. */
export function fetchTheRestWhenIdle() {
  const start = () => void Promise.all(loaders.map((load) => load().catch(() => undefined)));
  setTimeout(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 2000 });
    else start();
  }, SETTLE_MS);
}
