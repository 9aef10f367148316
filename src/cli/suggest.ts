// "Did you mean --json?": the nearest known word to a mistyped command or option, so a usage error
// points at the fix instead of just refusing.

/** Edit distance (insert, delete, substitute), capped: beyond `max` the exact value is irrelevant. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The closest candidate within two edits (or one the word is a prefix of), if any. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestScore = 3;
  for (const candidate of candidates) {
    const score =
      candidate.startsWith(lower) && lower.length >= 2 ? 1 : distance(lower, candidate.toLowerCase(), 2);
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
