// Counts the renders of the canvas's link components in the page, the way React's developer tools
// see commits: an init script that stands in for the tools' global hook (installed before React
// loads). A link component is known by its props (React Flow's edge props: `sourceX` and a link
// type); it rendered in a commit when its fiber did work (React's PerformedWork flag) on a fiber
// other than the one current after the last commit (a subtree React skipped keeps its old fiber).
import type { Page } from '@playwright/test';

const HOOK = String.raw`(() => {
  const seen = new Map();
  const counts = (window.__linkRenders = { total: 0, byId: {} });
  const isLink = (f) =>
    (f.tag === 0 || f.tag === 15) && typeof f.type === 'function' && f.memoizedProps && 'sourceX' in f.memoizedProps &&
    (f.memoizedProps.type === 'link' || f.memoizedProps.type === 'witness');
  const visit = (fiber) => {
    for (let f = fiber; f; f = f.sibling) {
      if (isLink(f)) {
        const id = f.memoizedProps.id;
        if (seen.get(id) !== f && (f.flags & 1) !== 0) {
          counts.total++;
          counts.byId[id] = (counts.byId[id] || 0) + 1;
        }
        seen.set(id, f);
      }
      if (f.child) visit(f.child);
    }
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) { this.renderers.set(1, renderer); return 1; },
    onCommitFiberRoot(_id, root) { visit(root.current); },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onScheduleFiberRoot() {},
    checkDCE() {},
  };
})()`;

/** Installs the counter; call before the page loads. */
export const countLinkRenders = (page: Page) => page.addInitScript({ content: HOOK });

/** Link renders since the page loaded (or since the last `resetLinkRenders`), in all and by link id. */
export const linkRenders = (page: Page) => page.evaluate('window.__linkRenders') as Promise<{ total: number; byId: Record<string, number> }>;

export const resetLinkRenders = (page: Page) => page.evaluate('(() => { window.__linkRenders.total = 0; window.__linkRenders.byId = {}; })()');
