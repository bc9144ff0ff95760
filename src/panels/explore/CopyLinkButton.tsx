import { useAppStore } from '../../store';
import { currentPermalink } from './permalinkSync';

/** Copy a link that reopens exactly this view: filters, focus, selection and layout. */
export function CopyLinkButton() {
  const onClick = async () => {
    const link = currentPermalink();
    const { notify } = useAppStore.getState();
    try {
      await navigator.clipboard.writeText(link);
      notify({ tone: 'info', text: 'Link to this view copied.' });
    } catch {
      // No clipboard access (permissions, insecure context): show the link to copy by hand.
      notify({ tone: 'info', text: 'Copy this link to share the view:', details: [link] });
    }
  };
  return (
    <button type="button" onClick={onClick} data-testid="copy-link">
      Copy link
    </button>
  );
}
