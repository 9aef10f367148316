// What a drag in progress shows on the canvas: the site, perimeter network, cluster or server that
// would receive it (outlined; in the "no" state with the reason when it refuses), and the snap
// guides. Drawn in the flow's own coordinates, above the cards, never catching the pointer.
import { memo, useEffect, useRef } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { usePlanStore } from '../store/planStore.ts';
import { useView } from '../store/view.ts';
import { resolveLayout } from '../theme/geometry.ts';
import type { Guide } from '../layout/guides.ts';

function Target() {
  const hint = useView((s) => s.dropHint);
  const box = usePlanStore((s) => (hint ? resolveLayout(s.plan).byId.get(hint.id) : undefined));
  if (!hint || !box) return null;
  return (
    <div
      className={`drop-target${hint.refused ? ' refused' : ''}`}
      data-target={hint.id}
      style={{ transform: `translate(${box.absX}px, ${box.absY}px)`, width: box.width, height: box.height }}
    >
      {hint.refused && (
        <div className="drop-reason" role="status">
          <span aria-hidden="true">⊘</span> {hint.refused}
        </div>
      )}
    </div>
  );
}

/**
 * The snap guides, drawn into their own element without React: they change on many steps of a
 * drag, and a React commit of their own on each would crowd the drag's frames.
 */
function Guides() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const draw = (guides: readonly Guide[]) => {
      const el = ref.current;
      if (!el) return;
      el.replaceChildren(
        ...guides.map((g) => {
          const line = document.createElement('div');
          line.className = `snap-guide ${g.axis}`;
          line.style.transform = g.axis === 'x' ? `translate(${g.at}px, ${g.from}px)` : `translate(${g.from}px, ${g.at}px)`;
          if (g.axis === 'x') line.style.height = `${g.to - g.from}px`;
          else line.style.width = `${g.to - g.from}px`;
          return line;
        }),
      );
    };
    draw(useView.getState().guides);
    return useView.subscribe((state, previous) => {
      if (state.guides !== previous.guides) draw(state.guides);
    });
  }, []);
  return <div ref={ref} className="snap-guides" />;
}

/** Memoised: the canvas re-renders on every step of a drag, this only when what it shows changes. */
export const DragOverlay = memo(function DragOverlay() {
  return (
    <ViewportPortal>
      <Target />
      <Guides />
    </ViewportPortal>
  );
});
