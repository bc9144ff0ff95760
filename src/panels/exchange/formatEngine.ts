/**
 * The one door from the UI to the format engine. It is loaded on demand, so its readers and writers
 * (XML, zip) stay out of the first download; the catalog of formats is small and loads with the app.
 */
export const loadFormatEngine = () => import('../../io/formats');
