// The canvas bench's options, from the command line of `npm run bench` or `npx tsx bench/canvas.ts`.

export interface CanvasOptions {
  /** Synthetic plan sizes, in servers; Figure 3 (link-open) is always measured. */
  sizes?: number[];
  /** Runs per page and plan (ours and bare interleaved). */
  runs?: number;
  log?: (line: string) => void;
}

export const DEFAULT_SIZES = [500, 1000, 2000, 5000];

/** `--sizes 500,1000` or `--sizes=500,1000`, `--runs N`: the canvas options among other arguments. */
export function canvasOptionsFrom(argv: readonly string[]): CanvasOptions {
  const value = (name: string) => {
    const at = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
    if (at < 0) return undefined;
    return argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
  };
  const sizes = value('--sizes')?.split(',').map(Number);
  if (sizes && sizes.some((n) => !Number.isInteger(n) || n < 2))
    throw new Error(`--sizes takes server counts, e.g. --sizes 500,1000`);
  const runs = value('--runs') === undefined ? undefined : Number(value('--runs'));
  if (runs !== undefined && !(Number.isInteger(runs) && runs > 0))
    throw new Error('--runs takes a positive whole number');
  return { ...(sizes ? { sizes } : {}), ...(runs ? { runs } : {}) };
}
