import { dismiss, useSession } from '../store/session.ts';

/** Messages the user must see: errors stay until dismissed; others fade. (Storage failures: StorageBanner.) */
export function Notices() {
  const notices = useSession((s) => s.notices);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice ${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'}>
          <span>{n.text}</span>
          <button className="ghost small" aria-label="Dismiss" onClick={() => dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
