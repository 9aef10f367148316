import { useLayoutEffect } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from '../canvas/Canvas.tsx';
import { FindingsPanel } from '../panels/FindingsPanel.tsx';
import { Toasts } from '../panels/Toasts.tsx';
import { Palette } from '../panels/Palette.tsx';
import { StatusBar } from '../panels/StatusBar.tsx';
import { TopBar } from '../panels/TopBar.tsx';
import { FileDrop } from '../panels/share/FileDrop.tsx';
import { SharedBanner } from '../panels/share/SharedBanner.tsx';
import { StorageBanner } from '../panels/StorageBanner.tsx';
import { DeployView, Dialogs, DiffView, Inspector, OpeningPlan } from './later.tsx';
import { commandById, handleShortcut } from './commands.ts';
import { useUi } from './uiState.ts';
import { useTheme } from './theme.ts';
import { AfterFirstPaint, watchFirstPaint } from './firstPaint.tsx';

/** Outside the diagram, keys like Delete, Ctrl+A and Ctrl+C act on the page, not on the plan. */
const DOCUMENT_VIEW_KEYS = ['undo', 'redo', 'shortcuts'].map(commandById);

/** The designer's screen: composition only. */
export function App() {
  const paletteOpen = useUi((s) => s.paletteOpen);
  const inspectorOpen = useUi((s) => s.inspectorOpen);
  const view = useUi((s) => s.view);
  const design = view === 'design';
  useTheme();
  // Listening before the first frame is painted: a shortcut pressed as soon as the plan shows works.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (useUi.getState().view !== 'design' && !DOCUMENT_VIEW_KEYS.some((c) => c.keyTest?.(e))) return;
      handleShortcut(e);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  // The first plan is committed now: what waits for its first frame counts frames from here.
  useLayoutEffect(watchFirstPaint, []);
  return (
    <ReactFlowProvider>
      <div className={`app${paletteOpen && design ? '' : ' no-palette'}${inspectorOpen ? '' : ' no-inspector'}`}>
        <TopBar />
        {paletteOpen && design && <Palette />}
        <main className="workspace" id="findings">
          <SharedBanner />
          <StorageBanner />
          {/* The diagram stays mounted while hidden, so its zoom and scroll survive a look at another view. */}
          <div className="design-pane" hidden={!design}>
            <Canvas />
            <FindingsPanel />
          </div>
          {view === 'deploy' && <DeployView />}
          {view === 'diff' && <DiffView />}
        </main>
        {inspectorOpen && (
          <aside className="inspector-column" aria-label="Inspector">
            {/* The column is laid out from the first frame; its content is drawn once the plan is. */}
            <AfterFirstPaint>
              <Inspector />
            </AfterFirstPaint>
          </aside>
        )}
        <StatusBar />
        <Toasts />
        <Dialogs />
        <FileDrop />
        <AfterFirstPaint>
          <OpeningPlan />
        </AfterFirstPaint>
      </div>
    </ReactFlowProvider>
  );
}
