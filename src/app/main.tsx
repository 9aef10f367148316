// First: the plan library's code is requested before the rest of the script runs, unless a small share link is read instead (smallLink.ts).
import './smallLink.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@xyflow/react/dist/base.css';
import './app.css';
import '../canvas/canvas.css';
import '../panels/panels.css';
import '../panels/share/share.css';
import '../panels/team/team.css';
import '../panels/deploy/deploy.css';
import { App } from './App.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { boot } from './boot.ts';
import { fetchTheRestWhenIdle } from './later.tsx';

// The first frame shows the user's plan, not an empty canvas that a moment later becomes it.
void boot().finally(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
  requestAnimationFrame(fetchTheRestWhenIdle);
});
