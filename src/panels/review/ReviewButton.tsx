import { useAppStore } from '../../store';
import { selectReview } from '../../store/selectors';
import { focusReviewPanel, REVIEW_BUTTON_ID, REVIEW_PANEL_ID } from './reviewFocus';

/** The header button: how many extracted relations wait for review; opens and closes the queue. */
export function ReviewButton() {
  const waiting = useAppStore((s) => selectReview(s).unreviewed.length);
  const open = useAppStore((s) => s.reviewOpen);
  const toggle = () => {
    const { setReviewOpen } = useAppStore.getState();
    setReviewOpen(!open);
  };
  return (
    <button
      id={REVIEW_BUTTON_ID}
      type="button"
      onClick={toggle}
      aria-expanded={open}
      aria-controls={open ? REVIEW_PANEL_ID : undefined}
      aria-keyshortcuts="Shift+R"
      title="Check each extracted relation against its sentence (Shift+R)"
    >
      Review ({waiting})
    </button>
  );
}

/** Shift+R: open the queue, or move the keyboard into it when it is open already. */
export function openReview(): void {
  const { reviewOpen, setReviewOpen } = useAppStore.getState();
  if (reviewOpen) focusReviewPanel();
  else setReviewOpen(true); // the panel takes the focus when it mounts
}
