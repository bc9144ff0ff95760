import { MAX_NOTICE_DETAILS, useAppStore } from '../store';

/**
 * The one place messages appear. Errors are announced at once (alert); information and warnings
 * politely (status): a warning reports what was already done for the user, nothing to act on at once.
 */
export function NoticeBar() {
  const notice = useAppStore((s) => s.notice);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (!notice) return null;
  const details = notice.details ?? [];
  return (
    <div
      className={`notice ${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
      data-testid="notice"
    >
      <div className="notice-body">
        <p>
          {notice.tone === 'warning' && <strong>Warning: </strong>}
          {notice.text}
        </p>
        {notice.lines?.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {details.length > 0 && (
          <ul>
            {details.slice(0, MAX_NOTICE_DETAILS).map((d) => (
              <li key={d}>{d}</li>
            ))}
            {details.length > MAX_NOTICE_DETAILS && (
              <li>…and {(details.length - MAX_NOTICE_DETAILS).toLocaleString('en-US')} more lines</li>
            )}
          </ul>
        )}
      </div>
      {notice.action && (
        <button type="button" onClick={notice.action.run}>
          {notice.action.label}
        </button>
      )}
      <button type="button" onClick={dismiss} aria-label="Dismiss message">
        ×
      </button>
    </div>
  );
}
