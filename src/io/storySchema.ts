/**
 * Stories as files and saved work hold them. A step's view is written as the permalink hash of that
 * view ("#focus=russia&relation=r12"): one format for links and stories, read by the same strict parser,
 * so a view a link could not open is refused here too, with the parser's reason.
 */
import { z } from './zod';
import type { Stories, StoryCamera, StoryStep } from '../domain/story';
import { storyProblems } from '../domain/storyEdits';
import type { Graph } from '../domain/types';
import { describeIssue } from './validateGraph';
import { finite, pointSchema } from './graphSchema';
import { toJsonPath } from './describe';
import { parsePermalink } from './permalink';
import { fail, ok, type ParseResult, type Problem } from './problems';

const id = z.string().check(z.minLength(1), z.maxLength(200));

const view = z.pipe(
  z.string(),
  z.transform((text, ctx) => {
    const parsed = parsePermalink(text);
    if (parsed.ok) return parsed.value;
    const why = parsed.problems.map((p) => `${p.path} ${p.message}`).join('; ');
    ctx.issues.push({ code: 'custom', input: text, message: `not a view this version reads (${why})` });
    return z.NEVER;
  }),
);

const stepSchema = z.object({
  id,
  title: z.string().check(z.maxLength(500)),
  text: z.string().check(z.maxLength(50_000)),
  view,
  camera: z.optional(
    z.object({
      zoom: finite.check(z.gt(0)),
      pan: pointSchema,
      positions: z.record(z.string(), pointSchema),
      size: z.optional(z.object({ width: finite.check(z.gt(0)), height: finite.check(z.gt(0)) })),
    }),
  ),
});

/** Ids name stories in links (`story=`) and steps in edits: two alike would be ambiguous. */
const uniqueIds = z.refine<readonly { id: string }[]>(
  (items) => new Set(items.map((i) => i.id)).size === items.length,
  { error: 'two items share an id' },
);

const storiesSchema = z
  .array(
    z.object({
      id,
      title: z.string().check(z.maxLength(500)),
      steps: z.array(stepSchema).check(uniqueIds),
    }),
  )
  .check(uniqueIds);

/** The stories read back in the app's shape (a step without a camera has a null one). */
const toStories = (read: z.infer<typeof storiesSchema>): Stories =>
  read.map((story) => ({
    ...story,
    steps: story.steps.map((step): StoryStep => ({
      ...step,
      camera: (step.camera as StoryCamera | undefined) ?? null,
    })),
  }));

/**
 * Reads stories from a file or saved work (`at` is where they sit, e.g. "$.stories"). A malformed
 * story refuses the whole list, naming the place; with `graph`, a step naming an actor, relation or
 * source the graph lacks is kept, and each such id is a warning.
 */
export function readStories(value: unknown, at: string, graph?: Graph): ParseResult<Stories> {
  const parsed = storiesSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    return fail(
      parsed.error.issues.map((i) => ({ path: at + toJsonPath(i.path).slice(1), message: describeIssue(i) })),
    );
  }
  const stories = toStories(parsed.data);
  const warnings: Problem[] = graph
    ? storyProblems(stories, graph).map((message) => ({ path: at, message }))
    : [];
  return ok(stories, warnings);
}
