// Small wording helpers so every finding message reads as plain English with the items' names.
import { isolate } from '../model/bidi.ts';

/** "1 node", "3 nodes" */
export function count(n: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : pluralNoun}`;
}

/**
 * An item's name as it goes into a message. Every name reaches a finding through here (or through
 * listNames). A name holding anything but printable ASCII (Hebrew or Arabic letters, a stray U+202E
 * RIGHT-TO-LEFT OVERRIDE) is set off with U+2068..U+2069 so it cannot reorder the rest of the
 * sentence; plain names stay byte-identical.
 */
export function nameOf(name: string): string {
  return isolate(name);
}

/** "EX01", "EX01 and EX02", "EX01, EX02 and EX03" */
export function listNames(names: readonly string[], conjunction = 'and'): string {
  const shown = names.map(nameOf);
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${conjunction} ${shown[shown.length - 1]}`;
}

/** A list of phrases (not names): "has no Mailbox role and has LCR enabled". */
export function listPhrases(phrases: readonly string[], conjunction = 'and'): string {
  if (phrases.length <= 1) return phrases.join('');
  return `${phrases.slice(0, -1).join(', ')} ${conjunction} ${phrases[phrases.length - 1]}`;
}

/** Capitalizes the first letter, for a message that starts with a generated phrase. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
