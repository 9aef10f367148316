// Statistics for the canvas bench: medians with their range, and a p95 of frame times that does not
// jump between whole frames. Frame times come in steps of a display frame (16.7 ms at 60 Hz): with
// ~60 frames a run, a plain p95 is the 3rd-worst frame, one of 33.4, 50 or 66.8 ms, and a ratio of
// two such numbers flips between 1.0x and 1.5x from one bench run to the next.
import { median, percentile } from '../report.ts';
import { random } from '../synthetic.ts';

export interface Spread {
  median: number | null;
  min: number | null;
  max: number | null;
  n: number;
}

const finite = (values: readonly (number | null | undefined)[]) =>
  values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);

export function spread(values: readonly (number | null | undefined)[]): Spread {
  const list = finite(values);
  if (list.length === 0) return { median: null, min: null, max: null, n: 0 };
  return { median: median(list), min: list[0]!, max: list[list.length - 1]!, n: list.length };
}

/**
 * The p-quantile (0..1) of frame times, read off the empirical distribution with each step of the
 * frame grid spread evenly over its width: a frame counted as 50 ms took somewhere between the next
 * shorter time seen (33.4 ms) and 50 ms. So when 93% of frames are at most 33.4 ms and 97% at most
 * 50 ms, the p95 is 33.4 + (0.95 - 0.93) / (0.97 - 0.93) x 16.6 = 41.7 ms: it moves smoothly with
 * the share of long frames instead of jumping a whole frame. With all values distinct it is the
 * linear interpolation between neighbouring order statistics.
 */
export function smoothQuantile(values: readonly number[], p: number): number | null {
  const list = finite(values);
  if (list.length === 0) return null;
  let below = list[0]!;
  let share = 0;
  for (let i = 0; i < list.length; i++) {
    if (i + 1 < list.length && list[i + 1] === list[i]) continue;
    const at = (i + 1) / list.length;
    if (at >= p) return at === share ? list[i]! : below + ((p - share) / (at - share)) * (list[i]! - below);
    below = list[i]!;
    share = at;
  }
  return list[list.length - 1]!;
}

/**
 * A 90% interval for stat(ours) / stat(bare) by resampling whole runs (each side's runs drawn with
 * replacement, 1,000 times): how far the ratio could move with other runs on the same machine.
 */
export function ratioInterval(
  ours: readonly (readonly number[])[],
  bare: readonly (readonly number[])[],
  stat: (pooled: number[]) => number | null,
  rounds = 1000,
): [number, number] | null {
  if (ours.length === 0 || bare.length === 0) return null;
  const next = random(16); // seeded: the same data gives the same interval
  const draw = (runs: readonly (readonly number[])[]) =>
    Array.from({ length: runs.length }, () => runs[Math.floor(next() * runs.length)]!).flat();
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const a = stat(draw(ours));
    const b = stat(draw(bare));
    if (a !== null && b !== null && b > 0) ratios.push(a / b);
  }
  ratios.sort((a, b) => a - b);
  return ratios.length ? [percentile(ratios, 5), percentile(ratios, 95)] : null;
}

export const p95 = (frames: readonly number[]) => smoothQuantile(frames, 0.95);

/** The plain p95 of one run's frames: one of the whole-frame steps. */
export const plainP95 = (frames: readonly number[]) => {
  const list = finite(frames);
  return list.length ? percentile(list, 95) : null;
};
