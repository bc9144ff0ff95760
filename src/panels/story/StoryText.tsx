import { Fragment } from 'react';
import { parseStoryText, type Inline } from '../../domain/storyText';

/** A run of the Markdown subset as React elements: text nodes only, never HTML. */
function Runs({ runs }: { readonly runs: readonly Inline[] }) {
  return runs.map((run, i) => {
    switch (run.kind) {
      case 'text':
        return <Fragment key={i}>{run.text}</Fragment>;
      case 'em':
        return (
          <em key={i}>
            <Runs runs={run.children} />
          </em>
        );
      case 'strong':
        return (
          <strong key={i}>
            <Runs runs={run.children} />
          </strong>
        );
      case 'link':
        return (
          <a key={i} href={run.href} target="_blank" rel="noopener noreferrer">
            <Runs runs={run.children} />
          </a>
        );
    }
  });
}

/** A step's text: paragraphs, emphasis, strong and web or mail links. */
export function StoryText({ text }: { readonly text: string }) {
  return parseStoryText(text).map((paragraph, i) => (
    <p key={i}>
      <Runs runs={paragraph} />
    </p>
  ));
}
