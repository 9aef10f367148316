// What a drag in progress shows on the canvas: the site, perimeter network, cluster or server that
// would receive it (outlined; in the "no" state with the reason when it refuses), and the snap
// guides. Drawn in the flow's own coordinates, above the cards, never catching the pointer.
import { ViewportPortal } from '@xyflow/react';
import { usePlanStore } from '../store/planStore.ts';
import { useView } from '../store/view.ts';
import { resolveLayout } from '../theme/geometry.ts';

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

function Guides() {
  const guides = useView((s) => s.guides);
  if (guides.length === 0) return null;
  return (
    <>
      {guides.map((g) => (
        <div
          key={`${g.axis}${g.at}`}
          className={`snap-guide ${g.axis}`}
          style={
            g.axis === 'x'
              ? { transform: `translate(${g.at}px, ${g.from}px)`, height: g.to - g.from }
              : { transform: `translate(${g.from}px, ${g.at}px)`, width: g.to - g.from }
          }
        />
      ))}
    </>
  );
}

export function DragOverlay() {
  return (
    <ViewportPortal>
      <Target />
      <Guides />
    </ViewportPortal>
  );
}
