/** The drawer's element id, for buttons that control it (aria-controls). */
export const PATHS_PANEL_ID = 'paths-panel';
