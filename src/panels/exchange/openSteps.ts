/**
 * The steps of opening a file, loaded on demand with `import()` when a file is first opened, so the
 * first download carries only the Open… button and its dialog.
 */
export { checkBeforeReading, openedNotice, refusalNotice } from './importGraphFile';
export { startOpening } from './openInWorker';
