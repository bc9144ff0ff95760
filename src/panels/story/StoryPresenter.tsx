import { useEffect, useRef, useState } from 'react';
import type { Story } from '../../domain/story';
import { useAppStore } from '../../store';
import { isTyping } from '../isTyping';
import { applyStep, describeStep, type ShownStep } from './stepContent';
import { StoryText } from './StoryText';
import { plural } from '../../io/describe';

const STORY_PRESENTER_ID = 'story-presenter';

const inDialog = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest('dialog') !== null;

/**
 * A story presented step by step, beside the graph: the step's text, the sentences behind the relations
 * it highlights with their sources, "Step 2 of 3". Left and Right arrows (or the buttons) move; Escape
 * leaves. Each step's view is put on screen as the step starts, the canvas gliding to it.
 */
export function StoryPresenter() {
  const presenting = useAppStore((s) => s.presenting);
  const story = useAppStore((s) => s.workspace.stories?.find((x) => x.id === s.presenting?.storyId));
  const loaded = useAppStore((s) => s.workspaceLoaded);
  const { present } = useAppStore.getState();
  const stepIndex = story && presenting ? Math.min(presenting.step, story.steps.length - 1) : 0;
  const step = story?.steps[stepIndex];

  // A link naming a story this browser does not have (or a step past the end).
  useEffect(() => {
    if (!presenting || !loaded || step) return;
    const { notify } = useAppStore.getState();
    present(null);
    notify({
      tone: 'info',
      text: story
        ? `The story "${story.title}" has no steps to present.`
        : `There is no story "${presenting.storyId}" in this graph, so it cannot be presented.`,
    });
  }, [presenting, loaded, story, step, present]);

  const shown = useShownStep(story, stepIndex);
  const go = (index: number) => {
    if (story && index >= 0 && index < story.steps.length) present({ storyId: story.id, step: index });
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (isTyping(e.target) || inDialog(e.target)) return;
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft' || e.key === 'Escape') {
        // Ahead of the app's own keys (Escape would otherwise clear the step's selection).
        e.preventDefault();
        e.stopPropagation();
        const { presenting: now, workspace } = useAppStore.getState();
        const steps = workspace.stories?.find((s) => s.id === now?.storyId)?.steps.length ?? 0;
        if (e.key === 'Escape' || !now) return leaveStory();
        const next = Math.max(0, Math.min(steps - 1, now.step + (e.key === 'ArrowRight' ? 1 : -1)));
        if (next !== now.step) present({ ...now, step: next });
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [present]);

  const headingRef = useRef<HTMLHeadingElement>(null);
  // Each new step's heading takes the focus, so it is read out; a reader stepping with the Next or
  // Previous button keeps it, unless the button has just been disabled (first or last step).
  useEffect(() => {
    const active = document.activeElement;
    const onButton =
      active instanceof HTMLButtonElement && active.closest('.presenter-nav') && !active.disabled;
    if (shown && !onButton) headingRef.current?.focus({ preventScroll: true });
  }, [shown]);

  if (!story || !step) {
    return (
      <aside id={STORY_PRESENTER_ID} className="story-presenter" aria-label="Story" aria-busy="true">
        <p className="meta">Loading the story…</p>
      </aside>
    );
  }
  const count = story.steps.length;
  return (
    <aside id={STORY_PRESENTER_ID} className="story-presenter" aria-labelledby="presenter-heading">
      <div className="presenter-top">
        <p className="presenter-story">{story.title}</p>
        <p className="presenter-progress" data-testid="story-progress">
          Step {stepIndex + 1} of {count}
        </p>
        <div
          className="presenter-bar"
          role="progressbar"
          aria-label="Progress through the story"
          aria-valuemin={1}
          aria-valuemax={count}
          aria-valuenow={stepIndex + 1}
          aria-valuetext={`Step ${stepIndex + 1} of ${count}`}
        >
          <span style={{ width: `${((stepIndex + 1) / count) * 100}%` }} />
        </div>
      </div>
      <h2 id="presenter-heading" tabIndex={-1} ref={headingRef} data-testid="story-step-title">
        {step.title}
      </h2>
      <div className="presenter-text" data-testid="story-step-text">
        <StoryText text={step.text} />
      </div>
      {shown && shown.missing.length > 0 && (
        <p className="meta presenter-missing">
          This graph no longer has everything this step showed: {shown.missing.join('; ')}.
        </p>
      )}
      {shown?.emphasis === 'highlighted' && <Evidence shown={shown} />}
      <nav className="presenter-nav" aria-label="Story steps">
        <button type="button" onClick={() => go(stepIndex - 1)} disabled={stepIndex === 0}>
          ← Previous
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => go(stepIndex + 1)}
          disabled={stepIndex === count - 1}
        >
          Next →
        </button>
        <button type="button" onClick={leaveStory}>
          Leave (Esc)
        </button>
        <p className="meta">Left and Right arrows move between steps; Escape leaves.</p>
      </nav>
    </aside>
  );
}

/** Leaves the presenter; the keyboard goes back to where presenting started, when it is there. */
function leaveStory(): void {
  useAppStore.getState().present(null);
  requestAnimationFrame(() =>
    document
      .querySelector<HTMLElement>('[data-testid="story-present"], [data-testid="story-button"]')
      ?.focus(),
  );
}

/** Puts the step on screen when it starts, then reads what it shows (null while the canvas moves). */
function useShownStep(story: Story | undefined, stepIndex: number): ShownStep | null {
  const [shown, setShown] = useState<ShownStep | null>(null);
  const step = story?.steps[stepIndex];
  useEffect(() => {
    if (!story || !step) return;
    let live = true;
    void applyStep(step).then((missing) => {
      if (live) setShown(describeStep(story, stepIndex, missing));
    });
    return () => {
      live = false;
    };
    // The step object changes when it is edited; the story only when its steps do.
  }, [story, step, stepIndex]);
  return shown;
}

/** A focus or an actor may highlight many relations: the presenter cites the first few. */
const PRESENTED_RELATIONS = 6;

function Evidence({ shown }: { readonly shown: ShownStep }) {
  if (shown.relations.length === 0) return null;
  const more = shown.relations.length - PRESENTED_RELATIONS;
  return (
    <section className="presenter-evidence" aria-labelledby="presenter-evidence-heading">
      <h3 id="presenter-evidence-heading">What the sources say</h3>
      {shown.relations.slice(0, PRESENTED_RELATIONS).map(({ relation, title, sentences }) => (
        <article key={relation.id} className="presenter-relation" data-testid="story-evidence">
          <h4>{title}</h4>
          {sentences.length === 0 ? (
            <p className="meta">No sentence backs this relation in the step&apos;s view.</p>
          ) : (
            sentences.map((s) => (
              <figure key={`${s.sourceId}:${s.start}`} className="presenter-quote">
                <blockquote>{s.quote}</blockquote>
                <figcaption>
                  — {s.url ? <a href={s.url}>{s.sourceTitle}</a> : <cite>{s.sourceTitle}</cite>}
                  {s.date && <>, {s.date}</>}
                </figcaption>
              </figure>
            ))
          )}
        </article>
      ))}
      {more > 0 && (
        <p className="meta">…and {plural(more, 'more relation')}, listed in the relation table.</p>
      )}
    </section>
  );
}
