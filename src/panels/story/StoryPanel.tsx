import { useEffect, useId, useRef, useState } from 'react';
import { EDITABLE } from '../../io/siteMode';
import {
  addStep,
  addStory,
  deleteStep,
  deleteStory,
  moveStep,
  renameStory,
  updateStep,
} from '../../domain/storyEdits';
import type { Stories } from '../../domain/story';
import { undo, useAppStore } from '../../store';
import { isTyping } from '../isTyping';
import { applyStep, captureStep } from './stepContent';
import { StepForm, type StepDraft } from './StepForm';
import { StepList } from './StepList';
import { STORY_PANEL_ID } from './LazyStory';
import { plural } from '../../io/describe';

const NO_STORIES: Stories = [];

/**
 * In the evidence column, beside the canvas: the steps of a story, each a saved view with its text.
 * Save the view on screen as a step, edit, reorder (drag, or Move up/down and Alt+arrows), delete (Undo
 * brings it back) and present. Every change is one step of the app's undo.
 */
export function StoryPanel() {
  const stories = useAppStore((s) => s.workspace.stories ?? NO_STORIES);
  const [chosen, setChosen] = useState<string | null>(null);
  const story = stories.find((s) => s.id === chosen) ?? stories[0] ?? null;
  const [editing, setEditing] = useState<string | null>(null);
  const [renaming, setRenaming] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [canUndo, setCanUndo] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const storySelectId = useId();
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const { setStories, setStoryOpen, present } = useAppStore.getState();
  const announce = (text: string, undoable = false) => {
    setAnnouncement(text);
    setCanUndo(undoable);
  };

  const saveStep = (draft: StepDraft) => {
    let current = stories;
    let storyId = story?.id;
    if (!storyId) {
      const made = addStory(current, 'My story');
      current = made.stories;
      storyId = made.id;
      setChosen(storyId);
    }
    const added = addStep(current, storyId, captureStep(draft.title, draft.text));
    setStories(added.stories);
    const count = added.stories.find((s) => s.id === storyId)?.steps.length ?? 0;
    announce(`Saved "${draft.title}" as step ${count}.`);
  };

  const saveEdit = (stepId: string, draft: StepDraft, retake: boolean) => {
    if (!story) return;
    const change = retake ? { ...draft, ...captureStep(draft.title, draft.text) } : draft;
    setStories(updateStep(stories, story.id, stepId, change));
    setEditing(null);
    announce(`Saved the changes to "${draft.title}".`);
  };

  const editingStep = story?.steps.find((s) => s.id === editing) ?? null;

  return (
    <aside
      id={STORY_PANEL_ID}
      className="story-panel"
      aria-labelledby="story-heading"
      onKeyDown={(e) => {
        // Escape in a field would lose what is typed there.
        if (e.key === 'Escape' && !e.defaultPrevented && !isTyping(e.target)) {
          e.stopPropagation();
          setStoryOpen(false);
        }
      }}
    >
      <div className="story-head">
        <h2 id="story-heading" tabIndex={-1} ref={headingRef}>
          Story
        </h2>
        <button type="button" onClick={() => setStoryOpen(false)}>
          Close
        </button>
      </div>

      {stories.length > 0 && story && (
        <div className="story-choice">
          {renaming ? (
            <RenameForm
              title={story.title}
              onSave={(title) => {
                setStories(renameStory(stories, story.id, title));
                setRenaming(false);
                announce(`Renamed the story "${title}".`);
              }}
              onCancel={() => setRenaming(false)}
            />
          ) : (
            <>
              <label htmlFor={storySelectId}>Story</label>
              <select id={storySelectId} value={story.id} onChange={(e) => setChosen(e.target.value)}>
                {stories.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title} ({plural(s.steps.length, 'step')})
                  </option>
                ))}
              </select>
              {EDITABLE && (
                <div className="story-actions">
                  <button type="button" onClick={() => setRenaming(true)}>
                    Rename
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      const made = addStory(stories, `Story ${stories.length + 1}`);
                      setStories(made.stories);
                      setChosen(made.id);
                      announce(`Started "Story ${stories.length + 1}". Save views as its steps.`);
                    }}
                  >
                    New story
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      setStories(deleteStory(stories, story.id));
                      setChosen(null);
                      announce(`Deleted the story "${story.title}".`, true);
                    }}
                  >
                    Delete story
                  </button>
                </div>
              )}
            </>
          )}
        </div>
      )}

      {story && story.steps.length > 0 ? (
        <>
          <button
            type="button"
            className="primary story-present"
            onClick={() => present({ storyId: story.id, step: 0 })}
            data-testid="story-present"
          >
            Present
          </button>
          <button
            type="button"
            className="story-report"
            onClick={() => {
              announce('Making the report…');
              void import('./storyReport')
                .then((m) => m.downloadStoryReport(story.id))
                .then(announce, (err: unknown) => announce(`The report could not be made: ${String(err)}`));
            }}
            data-testid="story-report"
          >
            Export report (HTML)
          </button>
          <StepList
            story={story}
            readOnly={!EDITABLE}
            editing={editing}
            onShow={(index) => {
              const step = story.steps[index];
              if (step) void applyStep(step);
            }}
            onEdit={setEditing}
            onMove={(stepId, to) => {
              const moved = moveStep(stories, story.id, stepId, to);
              if (moved === stories) return;
              setStories(moved);
              const step = story.steps.find((s) => s.id === stepId);
              announce(`Moved "${step?.title ?? ''}" to position ${to + 1} of ${story.steps.length}.`);
            }}
            onDelete={(stepId) => {
              const step = story.steps.find((s) => s.id === stepId);
              setStories(deleteStep(stories, story.id, stepId));
              if (editing === stepId) setEditing(null);
              announce(`Deleted the step "${step?.title ?? ''}".`, true);
            }}
          />
        </>
      ) : (
        <p className="meta">
          No steps yet. Set up the view to show (filters, focus, a selected relation, the layout), then save
          it below as a step, with what you want to say about it.
        </p>
      )}

      <p className="story-announce" role="status" aria-live="polite">
        {announcement}
        {canUndo && (
          <>
            {' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                undo();
                announce('Undone.');
              }}
            >
              Undo
            </button>
          </>
        )}
      </p>

      {!EDITABLE ? null : editingStep ? (
        <StepForm
          key={editingStep.id}
          heading={`Edit step ${(story?.steps.indexOf(editingStep) ?? 0) + 1}`}
          initial={editingStep}
          submitLabel="Save changes"
          retakeOption
          onSubmit={(draft, retake) => saveEdit(editingStep.id, draft, retake)}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <StepForm
          heading="Save this view as a step"
          submitLabel="Save this view as a step"
          onSubmit={saveStep}
          viewSummary={<ViewSummary />}
        />
      )}
    </aside>
  );
}

/** A short summary of the view a new step would keep, following the screen. */
function ViewSummary() {
  const index = useAppStore((s) => s.index);
  const sel = useAppStore((s) => s.selection);
  const focus = useAppStore((s) => s.focusActor);
  const tool = useAppStore((s) => s.pathsTool);
  const parts: string[] = [];
  if (sel?.kind === 'relation') parts.push('the selected relation');
  if (sel?.kind === 'actor') parts.push(`${index.actors.get(sel.id)?.label ?? sel.id} selected`);
  if (focus) parts.push(`the focus on ${index.actors.get(focus)?.label ?? focus}`);
  if (tool) parts.push(tool === 'paths' ? 'the paths' : 'the source comparison');
  return (
    <p className="meta">
      Keeps the filters, layout, positions and zoom{parts.length > 0 ? `, with ${parts.join(', ')}` : ''}.
    </p>
  );
}

function RenameForm(props: { title: string; onSave: (title: string) => void; onCancel: () => void }) {
  const [title, setTitle] = useState(props.title);
  const inputId = useId();
  return (
    <form
      className="story-rename"
      onSubmit={(e) => {
        e.preventDefault();
        if (title.trim()) props.onSave(title.trim());
      }}
    >
      <label htmlFor={inputId}>Story title</label>
      <input id={inputId} value={title} onChange={(e) => setTitle(e.target.value)} required autoFocus />
      <div className="story-actions">
        <button type="submit">Save</button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
