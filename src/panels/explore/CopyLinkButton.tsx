import { isPristine } from '../../domain/workspace';
import { useAppStore } from '../../store';
import { currentPermalink } from './permalinkSync';

/**
 * Copy a link that reopens exactly this view: filters, focus, selection and layout. A graph that is not
 * the default data travels in the link when small enough (linkWithGraph.ts).
 */
export function CopyLinkButton() {
  const onClick = async () => {
    const { notify, workspace, graph } = useAppStore.getState();
    let copy = { link: currentPermalink(), text: 'Link to this view copied.' };
    if (!isPristine(workspace)) copy = (await import('./graphLink')).linkWithGraph(copy.link, graph);
    try {
      await navigator.clipboard.writeText(copy.link);
      notify({ tone: 'info', text: copy.text });
    } catch {
      // No clipboard access (permissions, insecure context): show the link to copy by hand.
      notify({ tone: 'info', text: 'Copy this link to share the view:', details: [copy.link] });
    }
  };
  return (
    <button type="button" onClick={onClick} data-testid="copy-link">
      Copy link
    </button>
  );
}
