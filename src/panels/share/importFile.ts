// Import: plan JSON, or SVG, PNG, Visio and draw.io files we exported. A bad file leaves the open plan untouched.
import { isolate } from '../../model/bidi.ts';
import { MAX_FILE_BYTES } from '../../model/limits.ts';
import { fileTooLarge } from '../../share/messages.ts';
import { openWithProgress } from './opening.ts';
import { notify, openAsNewPlan } from '../../store/session.ts';

export async function importFile(file: File): Promise<boolean> {
  // Refused before reading: the message gives the file's size and the limit.
  if (file.size > MAX_FILE_BYTES) {
    notify(`${fileTooLarge(file.name, file.size)} Nothing was changed.`, 'error');
    return false;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    notify(`${isolate(file.name)} could not be read. Nothing was changed.`, 'error');
    return false;
  }
  const result = await openWithProgress(file.name, { kind: 'file', name: file.name, bytes }, (plan) => openAsNewPlan(plan));
  if (!result.ok) {
    notify(`${result.message} Your open plan was not changed.`, 'error');
    return false;
  }
  notify(`Imported “${isolate(result.plan.name)}” from ${isolate(file.name)} as a new plan.`, 'success');
  return true;
}

