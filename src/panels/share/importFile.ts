// Import: plan JSON, or SVG, PNG, Visio and draw.io files we exported. A bad file leaves the open plan untouched.
import { readPlanFile } from '../../share/embed.ts';
import { notify, openAsNewPlan } from '../../store/session.ts';

const MAX_FILE_BYTES = 20 * 1024 * 1024;

export async function importFile(file: File): Promise<boolean> {
  if (file.size > MAX_FILE_BYTES) {
    notify(`${file.name} is ${Math.round(file.size / 1024 / 1024)} MB: too large to be a plan. Nothing was changed.`, 'error');
    return false;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    notify(`${file.name} could not be read. Nothing was changed.`, 'error');
    return false;
  }
  const result = readPlanFile(file.name, bytes);
  if (!result.ok) {
    notify(`${result.message} Your open plan was not changed.`, 'error');
    return false;
  }
  await openAsNewPlan(result.plan);
  notify(`Imported “${result.plan.name}” from ${file.name} as a new plan.`, 'success');
  return true;
}

export const IMPORT_ACCEPT = '.json,.svg,.png,.vsdx,.drawio,.xml,application/json,image/svg+xml,image/png';
