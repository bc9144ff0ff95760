import { useAppStore } from '../store';

/** The one place messages appear; errors are announced to screen readers at once. */
export function NoticeBar() {
  const notice = useAppStore((s) => s.notice);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (!notice) return null;
  return (
    <div
      className={`notice ${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
      data-testid="notice"
    >
      <p>{notice.text}</p>
      {notice.details && notice.details.length > 0 && (
        <ul>
          {notice.details.slice(0, 20).map((d) => (
            <li key={d}>{d}</li>
          ))}
          {notice.details.length > 20 && <li>…and {notice.details.length - 20} more</li>}
        </ul>
      )}
      <button type="button" onClick={dismiss} aria-label="Dismiss message">
        ×
      </button>
    </div>
  );
}
