// What the user reads when plans cannot be saved: what happened, that work goes on, what to do.
import type { StorageState } from '../doc/browserLibrary.ts';

const isFull = (error: unknown) => {
  const name = (error as { name?: string } | undefined)?.name ?? '';
  const text = String((error as { message?: string } | undefined)?.message ?? error ?? '');
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(text);
};

export function storageMessage(state: Exclude<StorageState, { ok: true }>): string {
  if (state.reason === 'unavailable')
    return 'This browser will not let the designer store plans (a private window, or storage is turned off). You can keep working: your plans stay in this tab until you close it. Download the plan file to keep it.';
  if (isFull(state.error))
    return 'Browser storage is full, so your latest changes are not saved. They stay open in this tab: download the plan file, or delete plans you no longer need. Saving resumes by itself when there is room.';
  return 'Browser storage refused to save your latest changes. They stay open in this tab: download the plan file to keep them. Saving is retried by itself.';
}
