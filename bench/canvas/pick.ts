// Questions the canvas bench asks the page between steps (page expressions, evaluated through
// CDP): the canvas's size and zoom, where a node is, a server to drag, an empty spot to pan from.
// They read `window.__bench` of probe.ts, on our app and the bare page alike.

/** The size of the React Flow box, the zoom, and how many nodes and edges are in the DOM. */
export const CANVAS_STATE = String.raw`(() => {
  const flow = document.querySelector('.react-flow');
  const r = flow ? flow.getBoundingClientRect() : { width: 0, height: 0, left: 0, top: 0 };
  const t = window.__bench.transform();
  const zoom = Number((/scale\(([^)]+)\)/.exec(t) ?? [])[1] ?? NaN);
  return { width: Math.round(r.width), height: Math.round(r.height), centre: { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) }, zoom, transform: t, ...window.__bench.counts() };
})()`;

/** The centre of a node's header on screen (a DOM card or an item of the drawn layer), or null. */
export const nodeCentreScript = (id: string) => String.raw`(() => {
  const r = window.__bench.box(${JSON.stringify(id)});
  if (!r) return null;
  return { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + Math.min(r.height / 2, 6)) };
})()`;

/**
 * A server node to drag: of the given ids, the one nearest the canvas centre whose whole card is
 * on screen clear of the minimap and controls, with room for the drag to its lower right. It is
 * pressed at the middle of its header (our app: `.server-head`) or its middle (bare node), where
 * the topmost element belongs to that node and is neither a handle nor a `nodrag` part. Zoomed out,
 * our servers are drawn by the layer (probe.ts): there the point is the top of the card, where the
 * layer says that server is under it (the card comes into the DOM as the pointer reaches it).
 */
export function pickServerScript(ids: readonly string[], room: { x: number; y: number }): string {
  return String.raw`((ids, room) => {
  const wanted = new Set(ids);
  const flow = document.querySelector('.react-flow');
  if (!flow) return null;
  const pane = flow.getBoundingClientRect();
  const cx = pane.left + pane.width / 2;
  const cy = pane.top + pane.height / 2;
  const candidates = [];
  for (const el of document.querySelectorAll('.react-flow__node')) {
    const id = el.getAttribute('data-id');
    if (!wanted.has(id)) continue;
    const r = el.getBoundingClientRect();
    if (r.left < pane.left + 70 || r.top < pane.top + 10 || r.right + room.x > pane.right - 230 || r.bottom + room.y > pane.bottom - 170) continue;
    candidates.push({ el, id, d: Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy) });
  }
  const layer = window.__bench.layer();
  if (layer && layer.itemBox)
    for (const id of ids) {
      if (window.__bench.node(id)) continue;
      const r = layer.itemBox(id);
      if (!r || r.x < pane.left + 70 || r.y < pane.top + 10 || r.x + r.width + room.x > pane.right - 230 || r.y + r.height + room.y > pane.bottom - 170) continue;
      candidates.push({ el: null, id, r, d: Math.hypot(r.x + r.width / 2 - cx, r.y + r.height / 2 - cy) });
    }
  candidates.sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1));
  for (const { el, id, r } of candidates) {
    if (!el) {
      const x = Math.round(r.x + r.width / 2);
      const y = Math.round(r.y + Math.min(r.height / 4, 6));
      if (layer.hitAt(x, y) !== id || !document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) continue;
      return { id, x, y, transform: r.flowX + ',' + r.flowY };
    }
    const head = el.querySelector('.server-head');
    const h = (head ?? el).getBoundingClientRect();
    const x = Math.round(h.left + h.width / 2);
    const y = Math.round(h.top + h.height / 2);
    const hit = document.elementFromPoint(x, y);
    if (!hit || hit.closest('.react-flow__node')?.getAttribute('data-id') !== id || hit.closest('.nodrag, .react-flow__handle')) continue;
    const box = window.__bench.box(id);
    return { id, x, y, transform: box.flowX + ',' + box.flowY };
  }
  return null;
})(${JSON.stringify(ids)}, ${JSON.stringify(room)})`;
}

/** The empty-pane point nearest the canvas centre (on a 12 px grid) with room to pan to the upper left. */
export function pickPaneScript(room: { x: number; y: number }): string {
  return String.raw`((room) => {
  const flow = document.querySelector('.react-flow');
  if (!flow) return null;
  const pane = flow.getBoundingClientRect();
  const cx = pane.left + pane.width / 2;
  const cy = pane.top + pane.height / 2;
  const points = [];
  for (let x = pane.left + 80 + room.x; x < pane.right - 240; x += 12)
    for (let y = pane.top + 20 + room.y; y < pane.bottom - 180; y += 12) points.push({ x: Math.round(x), y: Math.round(y), d: Math.hypot(x - cx, y - cy) });
  points.sort((a, b) => a.d - b.d);
  for (const p of points) {
    const hit = document.elementFromPoint(p.x, p.y);
    // On our zoomed-out layer an item may be drawn there: the pane must be empty, as on the bare page.
    const layer = window.__bench.layer();
    if (hit && hit.classList.contains('react-flow__pane') && !(layer && layer.hitAt && layer.hitAt(p.x, p.y))) return p;
  }
  return null;
})(${JSON.stringify(room)})`;
}

/** Null while the canvas is there; else what the page shows instead (our app's error boundary). */
export const CANVAS_GONE = String.raw`document.querySelector('.react-flow') ? null : (document.querySelector('[role=alert]')?.innerText ?? document.body.innerText ?? '').replace(/\s+/g, ' ').trim().slice(0, 300)`;

/** Where a node is, in flow coordinates ("x,y"), from its DOM card or the drawn layer. */
export const nodeTransformScript = (id: string) =>
  `(() => { const b = window.__bench.box(${JSON.stringify(id)}); return b ? b.flowX + ',' + b.flowY : null; })()`;
