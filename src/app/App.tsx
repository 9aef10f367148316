import { useEffect } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from '../canvas/Canvas.tsx';
import { FindDialog } from '../panels/FindDialog.tsx';
import { FindingsPanel } from '../panels/FindingsPanel.tsx';
import { Inspector } from '../panels/inspector/Inspector.tsx';
import { Notices } from '../panels/Notices.tsx';
import { Palette } from '../panels/Palette.tsx';
import { ShortcutsDialog } from '../panels/ShortcutsDialog.tsx';
import { StatusBar } from '../panels/StatusBar.tsx';
import { TopBar } from '../panels/TopBar.tsx';
import { FileDrop } from '../panels/share/FileDrop.tsx';
import { ShareDialog } from '../panels/share/ShareDialog.tsx';
import { SharedBanner } from '../panels/share/SharedBanner.tsx';
import { handleShortcut } from './commands.ts';
import { useUi } from './uiState.ts';

/** The designer's screen: composition only. */
export function App() {
  const paletteOpen = useUi((s) => s.paletteOpen);
  const inspectorOpen = useUi((s) => s.inspectorOpen);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => handleShortcut(e);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <ReactFlowProvider>
      <div className={`app${paletteOpen ? '' : ' no-palette'}${inspectorOpen ? '' : ' no-inspector'}`}>
        <TopBar />
        {paletteOpen && <Palette />}
        <main className="workspace" id="findings">
          <SharedBanner />
          <Canvas />
          <FindingsPanel />
        </main>
        {inspectorOpen && (
          <aside className="inspector-column" aria-label="Inspector">
            <Inspector />
          </aside>
        )}
        <StatusBar />
        <Notices />
        <ShortcutsDialog />
        <FindDialog />
        <ShareDialog />
        <FileDrop />
      </div>
    </ReactFlowProvider>
  );
}
