import { dismiss, useSession } from '../store/session.ts';

/** Messages the user must see: storage failures stay until fixed; others fade. */
export function Notices() {
  const notices = useSession((s) => s.notices);
  const storageError = useSession((s) => s.storageError);
  return (
    <div className="notices" aria-live="polite">
      {storageError && (
        <div className="notice error" role="alert">
          {storageError}
        </div>
      )}
      {notices.map((n) => (
        <div key={n.id} className={`notice ${n.tone}`} role={n.tone === 'error' || n.tone === 'warning' ? 'alert' : 'status'}>
          <span>{n.text}</span>
          <button className="ghost small" aria-label="Dismiss" onClick={() => dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
