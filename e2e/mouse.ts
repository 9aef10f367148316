// Real-mouse gestures for the canvas journeys: a press, a run of small moves (as a hand makes
// them, so React Flow and HTML5 drag-and-drop see a drag), and the release, with a hook to look at
// the page mid-drag.
import { type Locator, type Page } from '@playwright/test';

export interface Point {
  x: number;
  y: number;
}

/** The centre of a locator's box, or a point `at` (fractions of its size) inside it. */
export async function pointIn(target: Locator, at = { x: 0.5, y: 0.5 }): Promise<Point> {
  const b = (await target.boundingBox())!;
  return { x: b.x + b.width * at.x, y: b.y + b.height * at.y };
}

/** Drags from `from` to `to` with the mouse; `midway` runs while the button is still down. */
export async function dragWithMouse(page: Page, from: Point, to: Point, midway?: () => Promise<void>, steps = 16) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 3, from.y + 2);
  for (let i = 1; i <= steps; i++)
    await page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
  // Settle on the spot, as a hand does before letting go (HTML5 drags fire dragover on a timer).
  await page.mouse.move(to.x, to.y);
  await page.waitForTimeout(120);
  if (midway) await midway();
  await page.mouse.up();
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pairs of boxes (by label) that overlap by more than a pixel. */
export function overlapping(boxes: Array<{ label: string; box: Rect }>): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!.box, boxes[j]!.box];
      if (a.x + 1 < b.x + b.width && b.x + 1 < a.x + a.width && a.y + 1 < b.y + b.height && b.y + 1 < a.y + a.height)
        out.push(`${boxes[i]!.label} / ${boxes[j]!.label}`);
    }
  return out;
}

/**
 * Boxes on the canvas that overlap: any two cards (servers, infrastructure), any two clusters, any
 * two sites. (A card inside a cluster or site lies over it by design.)
 */
export async function canvasOverlaps(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const kinds of ['.react-flow__node-server, .react-flow__node-infrastructure', '.react-flow__node-cluster', '.react-flow__node-site']) {
    const boxes: Array<{ label: string; box: Rect }> = [];
    for (const n of await page.locator(kinds).all()) {
      const box = await n.boundingBox();
      if (box) boxes.push({ label: ((await n.getAttribute('aria-label')) ?? '').split(':')[0]!, box });
    }
    out.push(...overlapping(boxes));
  }
  return out;
}

/** Waits until the canvas has stopped moving (a template opens with an animated fit). */
export async function viewStill(page: Page) {
  const transform = () => page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
  let last = '';
  for (let i = 0; i < 40; i++) {
    const now = await transform();
    if (now === last) return;
    last = now;
    await page.waitForTimeout(150);
  }
}

/**
 * Where `item` is on the canvas measured from `reference` (a card that stays put), in whole pixels:
 * unlike a screen position it does not change when the view pans during a drag near its edge.
 */
export function offsetFrom(item: Locator, reference: Locator) {
  return async () => {
    const [a, r] = [(await item.boundingBox())!, (await reference.boundingBox())!];
    return [Math.round(a.x - r.x), Math.round(a.y - r.y)];
  };
}
