// What the canvas bench runs inside the page, the same script for our app and the bare page. Plain
// JavaScript in a string, not functions: tsx compiles this file with helpers (e.g. __name) that do
// not exist in the page. Installed before any page script (addInitScript), after `expectScript`.
//
// Fully drawn (load and link-open): frame F is the first animation frame at whose start the DOM
// holds every node and edge of the plan (`.react-flow__node` / `.react-flow__edge` counts equal to
// the plan's, and its marker item present) under the viewport transform it keeps; F+1 and F+2 see
// the same. The time is `performance.now()` read at the start of F+1, i.e. after F's style, layout
// and paint, whatever long task they took (a requestAnimationFrame timestamp would predate it), from
// navigation start. A view that later draws many items in one layer (a canvas or one SVG) instead of
// DOM cards gives that element the class `bench-drawn-layer` and `data-nodes` / `data-edges` counts
// of what it painted (leaving out what is shown as DOM cards at the moment, so nothing counts twice),
// and `itemBox(id)` (screen box and flow position of an item it holds) and `hitAt(x, y)` (the item
// under a screen point): the bench finds, presses and follows items drawn by the layer with them.
//
// Interaction latency (`arm`): from the `timeStamp` of the first event of the given type after
// arming (when the input reached the page, so a busy page's queueing counts) to the start of the
// frame after the first frame whose start sees `check()` true: that frame has been painted by then.
//
// Frame times (`startFrames`/`stopFrames`): requestAnimationFrame timestamp deltas from the start of
// a gesture until the pointer is released (the window's mouseup, in capture; the last frame ends
// there), the drop (mouseup to the second frame after it) apart, and the long-animation-frame entries (>= 50 ms of main-thread
// work, measured without the 16.7 ms frame grid) that started in that window.
export const PROBE = String.raw`(() => {
  const expected = window.__benchExpect || null;
  const B = (window.__bench = { drawn: null, recording: false, frames: [], drop: null, loafs: [] });
  const nodes = document.getElementsByClassName('react-flow__node');
  const edges = document.getElementsByClassName('react-flow__edge');
  const layers = document.getElementsByClassName('bench-drawn-layer');
  B.counts = () => {
    let n = nodes.length;
    let e = edges.length;
    for (const layer of layers) {
      n += Number(layer.dataset.nodes || 0);
      e += Number(layer.dataset.edges || 0);
    }
    return { nodes: n, edges: e };
  };
  let viewport = null;
  B.transform = () => {
    if (!viewport || !viewport.isConnected) viewport = document.querySelector('.react-flow__viewport');
    return viewport ? viewport.style.transform : '';
  };
  B.node = (id) => document.querySelector('.react-flow__node[data-id="' + CSS.escape(id) + '"]');
  B.layer = () => layers[0] || null;
  /** An item's screen box and flow position: its DOM card's, else the layer's; null if neither has it. */
  B.box = (id) => {
    const el = B.node(id);
    if (el) {
      const r = el.getBoundingClientRect();
      const m = /translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)/.exec(el.style.transform) || [];
      return { x: r.left, y: r.top, width: r.width, height: r.height, flowX: Number(m[1]), flowY: Number(m[2]), card: true };
    }
    const layer = B.layer();
    const box = layer && layer.itemBox ? layer.itemBox(id) : null;
    return box ? { ...box, card: false } : null;
  };

  if (expected) {
    let key = '';
    let same = 0;
    let paintedAt = 0;
    const watch = () => {
      const c = B.counts();
      const complete = c.nodes === expected.nodes && c.edges === expected.edges && !!B.box(expected.marker);
      const k = complete ? c.nodes + '|' + c.edges + '|' + B.transform() : '';
      if (k !== key) {
        key = k;
        same = 0;
      } else if (k && ++same === 1) paintedAt = performance.now();
      if (k && same >= 2) {
        B.drawn = { ms: paintedAt, epochMs: performance.timeOrigin + paintedAt, nodes: c.nodes, edges: c.edges };
        return;
      }
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  }

  let current = null;
  const settle = (m) => {
    for (const resolve of m.waiting.splice(0)) resolve(B.result());
  };
  B.arm = (type, check, timeoutMs) => {
    const m = (current = { start: null, lag: 0, seen: false, end: null, timedOut: false, waiting: [] });
    const onEvent = (event) => {
      const now = performance.now();
      m.start = event.timeStamp > 0 && event.timeStamp <= now ? event.timeStamp : now;
      m.lag = now - m.start;
      window.removeEventListener(type, onEvent, true);
    };
    window.addEventListener(type, onEvent, true);
    const armedAt = performance.now();
    const tick = () => {
      if (m !== current) return;
      const now = performance.now();
      if (m.seen) {
        m.end = now;
        return settle(m);
      }
      if (m.start !== null && check()) m.seen = true;
      else if (now - armedAt > (timeoutMs || 20000)) {
        m.timedOut = true;
        window.removeEventListener(type, onEvent, true);
        return settle(m);
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  B.result = () => {
    const m = current;
    if (!m) return null;
    if (m.timedOut) return { timedOut: true, started: m.start !== null };
    return m.end === null ? null : { ms: m.end - m.start, lagMs: m.lag };
  };
  /** Resolves with the armed measurement's result once it has one. */
  B.wait = () => new Promise((resolve) => (B.result() ? resolve(B.result()) : current.waiting.push(resolve)));

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.loafs.push({ start: e.startTime, ms: e.duration });
      if (B.loafs.length > 2000) B.loafs.splice(0, 1000);
    }).observe({ type: 'long-animation-frame' });
  } catch (e) {
    B.noLoaf = String(e);
  }
  let started = 0;
  let releasedAt = 0;
  let last = 0;
  B.startFrames = () =>
    new Promise((resolve) => {
      requestAnimationFrame((t0) => {
        last = t0;
        started = performance.now();
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
      releasedAt = performance.now();
      // The frame in progress ends here for the user: a page blocked until the release would
      // otherwise lose its longest frame, as its next animation frame comes after recording stops.
      B.frames.push(releasedAt - last);
      requestAnimationFrame(() => requestAnimationFrame(() => (B.drop = performance.now() - releasedAt)));
    },
    true,
  );
  B.stopFrames = () =>
    new Promise((resolve) => {
      if (B.recording) {
        B.recording = false;
        releasedAt = performance.now();
        B.drop = 0;
      }
      const done = () => {
        if (B.drop === null) return requestAnimationFrame(done);
        const loafs = B.loafs.filter((l) => l.start >= started && l.start < releasedAt).map((l) => l.ms);
        resolve({ frames: B.frames, dropMs: B.drop, loafs });
      };
      done();
    });
  /** Resolves when 10 frames in a row took under 25 ms, or after maxMs. */
  B.idle = (maxMs) =>
    new Promise((resolve) => {
      const start = performance.now();
      let last = start;
      let calm = 0;
      const tick = () => {
        const t = performance.now();
        calm = t - last < 25 ? calm + 1 : 0;
        last = t;
        if (calm >= 10 || t - start > maxMs) resolve(Math.round(t - start));
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
})();`;

/** What "fully drawn" means for this page load: the plan's node and edge counts and one item id. */
export function expectScript(expect: { nodes: number; edges: number; marker: string }): string {
  return `window.__benchExpect = ${JSON.stringify(expect)};`;
}

/** Puts a plan where the app's library finds it on start (src/store/library.ts keys). */
export function appStorageScript(id: string, name: string, planText: string): string {
  const entries = JSON.stringify([{ id, name, updatedAt: '2024-05-01T00:00:00.000Z' }]);
  return `try {
  localStorage.setItem('etd:plans', ${JSON.stringify(entries)});
  localStorage.setItem('etd:current', ${JSON.stringify(id)});
  localStorage.setItem(${JSON.stringify(`etd:plan:${id}`)}, ${JSON.stringify(planText)});
} catch (e) { console.error('bench: could not store the plan', e); }`;
}

/** Gives the bare page its drawing: { boxes: [[id, x, y, w, h]...], edges: [[id, source, target]...] }. */
export function bareStorageScript(drawingJson: string): string {
  return `try { localStorage.setItem('bare:drawing', ${JSON.stringify(drawingJson)}); } catch (e) { console.error(e); }`;
}
