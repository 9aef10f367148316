// Just enough DOM for svg2pdf.js in Node, so the command line writes the same PDF as the browser:
// linkedom parses the SVG, cssomnom gives its <style> rules a CSSOM, and text is measured with the
// Inter advance widths the renderer already lays text out with (render/text.ts), where a browser
// would ask its canvas or getBBox. Installed on globalThis only while a PDF is being made.
import { CSSStyleRule, CSSStyleSheet } from 'cssomnom';
import { parseHTML } from 'linkedom';
import { textWidth } from '../render/text.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const bold = (weight: string | null | undefined) => weight === 'bold' || Number(weight) >= 600;

/** A 2D context whose only skill is measuring text in Inter ("normal 600 16px Inter"). */
function measuringContext() {
  return {
    font: '16px sans-serif',
    measureText(text: string) {
      const parts = this.font.split(/\s+/);
      const size = parts.find((p) => p.endsWith('px'));
      return { width: textWidth(text, Number.parseFloat(size ?? '16'), parts.some((p) => bold(p))) };
    },
  };
}

function nodeDocument() {
  const { document, window } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const createElement = document.createElement.bind(document);
  Object.assign(document, {
    implementation: { createHTMLDocument: () => parseHTML('<!doctype html><html><head></head><body></body></html>').document },
    createElement: (name: string) => (name === 'canvas' ? { getContext: () => measuringContext() } : createElement(name)),
  });
  // svg2pdf measures text it anchors at the middle or end with getBBox.
  const text = Object.getPrototypeOf(document.createElementNS(SVG_NS, 'text')) as { getBBox?: () => unknown };
  text.getBBox = function (this: Element) {
    const size = Number.parseFloat(this.getAttribute('font-size') ?? '16');
    return { x: 0, y: 0, width: textWidth(this.textContent ?? '', size, bold(this.getAttribute('font-weight'))), height: size };
  };
  return { document, window };
}

/**
 * linkedom keeps children as a linked list and builds a new `childNodes` array on every read, which
 * svg2pdf reads inside its loops (quadratic: 400 servers took 100 s). svg2pdf never changes the tree,
 * so each parsed node gets the array it has once, as a browser's live NodeList would read.
 */
function fixChildNodes(node: Node) {
  const children = Array.from(node.childNodes);
  Object.defineProperty(node, 'childNodes', { value: children, configurable: true });
  for (const child of children) fixChildNodes(child);
}

/** Runs `task` with a DOM on globalThis, and puts back whatever was there before. */
export async function withSvgDom<T>(task: (parseSvg: (svg: string) => Element) => Promise<T>): Promise<T> {
  const { document, window } = nodeDocument();
  const globals = { document, window, DOMParser: window.DOMParser, CSSStyleSheet, CSSStyleRule };
  const saved = Object.fromEntries(Object.keys(globals).map((k) => [k, Object.getOwnPropertyDescriptor(globalThis, k)]));
  Object.assign(globalThis, globals);
  try {
    return await task((svg) => {
      const root = new window.DOMParser().parseFromString(svg, 'image/svg+xml').documentElement as unknown as Element;
      fixChildNodes(root);
      return root;
    });
  } finally {
    for (const [key, descriptor] of Object.entries(saved)) {
      if (descriptor) Object.defineProperty(globalThis, key, descriptor);
      else delete (globalThis as Record<string, unknown>)[key];
    }
  }
}
