// A mouse drag sent through the DevTools protocol at a fixed rate (one move per interval), so a
// slow page receives as many events as a fast one and its frame times show the difference.
import type { CDPSession } from '@playwright/test';

export interface Point {
  x: number;
  y: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function dispatchDrag(cdp: CDPSession, from: Point, step: Point, moves: number, intervalMs: number) {
  const send = (type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', x: number, y: number) =>
    cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', buttons: type === 'mouseReleased' ? 0 : 1, clickCount: 1 });
  const pending = [send('mousePressed', from.x, from.y)];
  for (let i = 1; i <= moves; i++) {
    await sleep(intervalMs);
    pending.push(send('mouseMoved', from.x + i * step.x, from.y + i * step.y));
  }
  await sleep(intervalMs);
  pending.push(send('mouseReleased', from.x + moves * step.x, from.y + moves * step.y));
  await Promise.all(pending);
}
