import { useRef, useState } from 'react';
import type { AddedArticle } from '../../domain/workspace';
import { plural } from '../../io/describe';
import { useAppStore } from '../../store';

const titleOf = (article: AddedArticle) => article.graph.sources[0]?.title ?? article.id;

/** The articles the user added, newest last, each removable after a second click to confirm. */
export function ArticleList() {
  const articles = useAppStore((s) => s.workspace.articles);
  const [confirming, setConfirming] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const remove = (article: AddedArticle) => {
    const { removeArticle, notify } = useAppStore.getState();
    removeArticle(article.id);
    notify({ tone: 'info', text: `Removed ${titleOf(article)} and the relations found in it.` });
    setConfirming(null);
    heading.current?.focus(); // the row and its buttons are gone
  };

  return (
    <section className="article-list-section" aria-labelledby="added-articles-heading">
      <h3 id="added-articles-heading" ref={heading} tabIndex={-1}>
        Added articles ({articles.length})
      </h3>
      {articles.length === 0 ? (
        <p className="meta">
          None yet. Added articles are merged on top of the curated data, which is never changed, and are kept
          in this browser.
        </p>
      ) : (
        <ul className="article-list" data-testid="article-list">
          {articles.map((article) => {
            const source = article.graph.sources[0];
            const title = titleOf(article);
            const details = [
              source?.publisher,
              source?.published,
              plural(article.graph.relations.length, 'relation'),
              `added ${article.addedAt.slice(0, 10)}`,
            ].filter(Boolean);
            return (
              <li key={article.id} data-article-id={article.id}>
                <span className="article-title">{title}</span>
                <span className="meta">{details.join(' · ')}</span>
                {confirming === article.id ? (
                  <span className="confirm-remove" role="group" aria-label={`Remove ${title}?`}>
                    <span>Remove it and its relations?</span>
                    <button type="button" className="danger" onClick={() => remove(article)} autoFocus>
                      Remove
                    </button>
                    <button type="button" onClick={() => setConfirming(null)}>
                      Keep
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    onClick={() => setConfirming(article.id)}
                    aria-label={`Remove ${title}`}
                  >
                    Remove
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
