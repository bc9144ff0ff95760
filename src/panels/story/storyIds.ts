export const STORY_PANEL_ID = 'story-panel';
export const STORY_PRESENTER_ID = 'story-presenter';
