// Small wording helpers so every finding message reads as plain English with the items' names.

/** "1 node", "3 nodes" */
export function count(n: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : pluralNoun}`;
}

/** "EX01", "EX01 and EX02", "EX01, EX02 and EX03" */
export function listNames(names: readonly string[], conjunction = 'and'): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1]}`;
}

/** Capitalizes the first letter, for a message that starts with a generated phrase. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
