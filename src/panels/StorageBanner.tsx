import { usePlanStore } from '../store/planStore.ts';
import { useSession } from '../store/session.ts';

/** Shown while plans cannot be saved in this browser: work goes on in memory, and the file is a click away. */
export function StorageBanner() {
  const problem = useSession((s) => s.storageError);
  if (!problem) return null;
  return (
    <div className="storage-banner" role="alert" aria-label="Not saved">
      <span>{problem}</span>
      <button className="primary" onClick={() => void import('./share/exportFiles.ts').then((files) => files.exportJson(usePlanStore.getState().plan))}>
        Download the plan file
      </button>
    </div>
  );
}
