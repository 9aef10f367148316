// What the canvas bench runs inside the page. Plain JavaScript in strings, not functions: tsx
// compiles this file with helpers (e.g. __name) that do not exist in the page.

/**
 * Installed before any page script (addInitScript), identically for our app and the bare page.
 *
 * Time to render: milliseconds from navigation start (performance.timeOrigin) to the timestamp of
 * the first animation frame F at which
 *   - at least one `.react-flow__node` is in the DOM and not `visibility: hidden` (React Flow hides
 *     nodes until it knows their size), and
 *   - the same number of such nodes and the same `.react-flow__viewport` transform are still there
 *     in the next 2 frames (F+1, F+2): fitView has been applied and the node set no longer changes.
 * It is the frame in which the canvas first shows its settled nodes, confirmed by 2 more frames.
 *
 * Frame times: requestAnimationFrame timestamp deltas, recorded from startFrames() until the
 * pointer is released (the window's mouseup, in capture so it runs before React Flow's handlers).
 * The drop: from that mouseup to the second frame after it, so the work done on release is counted
 * once, apart from the frame times.
 */
export const PROBE = String.raw`(() => {
  const B = (window.__bench = { render: null, recording: false, frames: [], drop: null });
  let lastKey = '';
  let since = 0;
  let same = 0;
  const watch = (t) => {
    const nodes = document.querySelectorAll('.react-flow__node');
    let shown = 0;
    for (const n of nodes) if (n.style.visibility !== 'hidden') shown++;
    const viewport = document.querySelector('.react-flow__viewport');
    const key = shown > 0 && viewport ? shown + '|' + viewport.style.transform : '';
    if (key !== lastKey) {
      lastKey = key;
      since = t;
      same = 0;
    } else if (key) same++;
    if (key && same >= 2) {
      B.render = { ms: since, nodes: shown, transform: viewport.style.transform };
      return;
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);

  B.startFrames = () =>
    new Promise((resolve) => {
      requestAnimationFrame((t0) => {
        let last = t0;
        B.frames = [];
        B.recording = true;
        B.drop = null;
        const tick = (t) => {
          if (!B.recording) return;
          B.frames.push(t - last);
          last = t;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
        resolve(true);
      });
    });
  window.addEventListener(
    'mouseup',
    () => {
      if (!B.recording) return;
      B.recording = false;
      const up = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => (B.drop = performance.now() - up)));
    },
    true,
  );
  B.stopFrames = () =>
    new Promise((resolve) => {
      const done = () => (B.drop === null ? requestAnimationFrame(done) : resolve({ frames: B.frames, dropMs: B.drop }));
      B.recording = false;
      done();
    });
  /** Resolves when 10 frames in a row took under 25 ms, or after maxMs. */
  B.idle = (maxMs) =>
    new Promise((resolve) => {
      const start = performance.now();
      let last = start;
      let calm = 0;
      const tick = (t) => {
        calm = t - last < 25 ? calm + 1 : 0;
        last = t;
        if (calm >= 10 || t - start > maxMs) resolve(Math.round(t - start));
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
})();`;

/** Puts a plan where the app's library finds it on start (src/store/library.ts keys). */
export function appStorageScript(id: string, name: string, planText: string): string {
  const entries = JSON.stringify([{ id, name, updatedAt: '2024-05-01T00:00:00.000Z' }]);
  return `try {
  localStorage.setItem('etd:plans', ${JSON.stringify(entries)});
  localStorage.setItem('etd:current', ${JSON.stringify(id)});
  localStorage.setItem(${JSON.stringify(`etd:plan:${id}`)}, ${JSON.stringify(planText)});
} catch (e) { console.error('bench: could not store the plan', e); }`;
}

/** Gives the bare page its boxes: [[id, x, y, width, height], ...]. */
export function bareStorageScript(
  boxes: readonly (readonly [string, number, number, number, number])[],
): string {
  return `try { localStorage.setItem('bare:boxes', ${JSON.stringify(JSON.stringify(boxes))}); } catch (e) { console.error(e); }`;
}

/**
 * The size of the React Flow box, the zoom, and how many nodes are in the DOM.
 */
export const CANVAS_STATE = String.raw`(() => {
  const flow = document.querySelector('.react-flow');
  const r = flow ? flow.getBoundingClientRect() : { width: 0, height: 0 };
  const t = document.querySelector('.react-flow__viewport')?.style.transform ?? '';
  const zoom = Number((/scale\(([^)]+)\)/.exec(t) ?? [])[1] ?? NaN);
  return { width: Math.round(r.width), height: Math.round(r.height), zoom, transform: t, domNodes: document.querySelectorAll('.react-flow__node').length };
})()`;

/**
 * A server node to drag: of the given ids, the one nearest the canvas centre whose whole card is
 * on screen clear of the minimap and controls, with room for the drag to its lower right. It is
 * pressed at the middle of its header (our app: `.server-head`) or its middle (bare node), where
 * the topmost element belongs to that node and is neither a handle nor a `nodrag` part.
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
  candidates.sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1));
  for (const { el, id } of candidates) {
    const head = el.querySelector('.server-head');
    const h = (head ?? el).getBoundingClientRect();
    const x = Math.round(h.left + h.width / 2);
    const y = Math.round(h.top + h.height / 2);
    const hit = document.elementFromPoint(x, y);
    if (!hit || hit.closest('.react-flow__node')?.getAttribute('data-id') !== id || hit.closest('.nodrag, .react-flow__handle')) continue;
    return { id, x, y, transform: el.style.transform };
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
    if (hit && hit.classList.contains('react-flow__pane')) return p;
  }
  return null;
})(${JSON.stringify(room)})`;
}

/** Null while the canvas is there; else what the page shows instead (our app's error boundary). */
export const CANVAS_GONE = String.raw`document.querySelector('.react-flow') ? null : (document.querySelector('[role=alert]')?.innerText ?? document.body.innerText ?? '').replace(/\s+/g, ' ').trim().slice(0, 300)`;

export const nodeTransformScript = (id: string) =>
  `document.querySelector('.react-flow__node[data-id="${id.replace(/"/g, '')}"]')?.style.transform ?? null`;
