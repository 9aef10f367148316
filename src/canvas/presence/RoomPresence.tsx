// The others in the team room, drawn over the diagram: each person's selection outlined in their
// color with their name, and their pointer. A layer of its own in screen space (constant line and
// label sizes at any zoom); the diagram's nodes never re-render for presence. Loaded only in a room.
import { useEffect } from 'react';
import { useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useShallow } from 'zustand/react/shallow';
import type { Peer } from '../../doc/teamConnection.ts';
import { usePlanStore } from '../../store/planStore.ts';
import { resolveLayout } from '../../theme/geometry.ts';
import { sharePointer, useTeam } from '../../store/team.ts';
import './presence.css';

/** Outlines drawn per person, at most (a select-all of thousands stays readable and cheap). */
const MAX_OUTLINES = 60;
const POINTER_EVERY_MS = 50;

/** Loaded by the canvas only while its plan is in a team room (see PresenceLayer.tsx). */
export function RoomPresence() {
  const anyone = useTeam((s) => s.peers.length > 0);
  return (
    <>
      <PointerSharing />
      {anyone && <Others />}
    </>
  );
}

/** Shares this person's pointer on the diagram, a few times a second at most. */
function PointerSharing() {
  const rf = useReactFlow();
  const pane = useStore((s: ReactFlowState) => s.domNode);
  useEffect(() => {
    if (!pane) return;
    let last = 0;
    let pending: ReturnType<typeof setTimeout> | undefined;
    let latest = { x: 0, y: 0 };
    const send = () => {
      pending = undefined;
      last = performance.now();
      sharePointer(latest);
    };
    const move = (e: PointerEvent) => {
      const p = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      latest = { x: Math.round(p.x), y: Math.round(p.y) };
      const wait = POINTER_EVERY_MS - (performance.now() - last);
      if (wait <= 0) send();
      else pending ??= setTimeout(send, wait);
    };
    const leave = () => {
      clearTimeout(pending);
      pending = undefined;
      sharePointer(null);
    };
    pane.addEventListener('pointermove', move);
    pane.addEventListener('pointerleave', leave);
    return () => {
      pane.removeEventListener('pointermove', move);
      pane.removeEventListener('pointerleave', leave);
      leave();
    };
  }, [pane, rf]);
  return null;
}

interface Outline {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

function Others() {
  const peers = useTeam((s) => s.peers);
  const [tx, ty, zoom] = useStore(useShallow((s: ReactFlowState) => s.transform));
  return (
    <div className="presence-layer" aria-hidden="true">
      {peers.map((peer) => (
        <PeerSelection key={peer.clientId} peer={peer} tx={tx} ty={ty} zoom={zoom} />
      ))}
      {peers.map((peer) =>
        peer.pointer ? (
          <div
            key={peer.clientId}
            className="presence-pointer"
            style={{ transform: `translate(${peer.pointer.x * zoom + tx}px, ${peer.pointer.y * zoom + ty}px)`, color: peer.user.color }}
            data-person={peer.user.name}
          >
            <svg width="16" height="20" viewBox="0 0 16 20">
              <path d="M1 1 L1 16 L5 12 L8 19 L11 18 L8 11 L14 11 Z" fill="currentColor" stroke="#fff" strokeWidth="1.5" strokeLinejoin="round" />
            </svg>
            <span style={{ background: peer.user.color }}>{peer.user.name}</span>
          </div>
        ) : null,
      )}
    </div>
  );
}

function PeerSelection({ peer, tx, ty, zoom }: { peer: Peer; tx: number; ty: number; zoom: number }) {
  // From the plan's boxes, not React Flow's nodes: zoomed out, React Flow holds only the cards under
  // the pointer (the rest is drawn by one layer), and the outlines show at every zoom.
  const layout = usePlanStore((s) => resolveLayout(s.plan));
  const outlines: Outline[] = [];
  for (const id of peer.selection.slice(0, MAX_OUTLINES)) {
    const box = layout.byId.get(id);
    if (box) outlines.push({ key: id, x: box.absX, y: box.absY, width: box.width, height: box.height });
  }
  return (
    <>
      {outlines.map((o, i) => (
        <div
          key={o.key}
          className="presence-outline"
          data-person={peer.user.name}
          data-item={o.key}
          style={{
            transform: `translate(${o.x * zoom + tx - 4}px, ${o.y * zoom + ty - 4}px)`,
            width: o.width * zoom + 8,
            height: o.height * zoom + 8,
            borderColor: peer.user.color,
          }}
        >
          {i === 0 && <span style={{ background: peer.user.color }}>{peer.user.name}</span>}
        </div>
      ))}
    </>
  );
}
