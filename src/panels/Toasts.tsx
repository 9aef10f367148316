import { dismiss, holdToast, runToastAction, useToasts } from '../store/toasts.ts';

/**
 * The one place messages appear: bottom centre, above the status bar and below any open menu.
 * Toasts expire unless the pointer or focus is on them (a storage failure is the StorageBanner's).
 */
export function Toasts() {
  const toasts = useToasts((s) => s.toasts);
  return (
    <div className="notices" aria-live="polite" aria-label="Messages" role="region">
      {toasts.map((t) => (
        <div
          key={t.id}
          className={`notice ${t.tone}`}
          role={t.tone === 'error' || t.tone === 'warning' ? 'alert' : 'status'}
          onPointerEnter={() => holdToast(t.id, true)}
          onPointerLeave={() => holdToast(t.id, false)}
          onFocus={() => holdToast(t.id, true)}
          onBlur={() => holdToast(t.id, false)}
        >
          <span className="notice-text">{t.text}</span>
          {t.action && (
            <button className="small notice-action" onClick={() => runToastAction(t.id)}>
              {t.action.label}
            </button>
          )}
          <button className="ghost small" aria-label="Dismiss" onClick={() => dismiss(t.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
