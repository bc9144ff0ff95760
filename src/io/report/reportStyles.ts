/** The report's only styles: inline (the page's CSP allows no other), light, and one step per printed page. */
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2433; background: #ffffff; }
header, main, footer { max-width: 60rem; margin: 0 auto; padding: 0 1.5rem; }
header { padding-top: 2rem; border-bottom: 1px solid #c9ced8; }
h1 { font-size: 1.8rem; margin: 0 0 0.4rem; }
.subtitle { margin: 0 0 1rem; color: #4a5468; }
.step { padding: 1.5rem 0 2rem; border-bottom: 1px solid #c9ced8; }
.step h2 { font-size: 1.4rem; margin: 0 0 0.8rem; }
.step h3, .sources h3 { font-size: 1.05rem; margin: 1.4rem 0 0.5rem; }
figure { margin: 0 0 1rem; }
figure img { display: block; max-width: 100%; height: auto; border: 1px solid #c9ced8; }
figcaption { font-size: 0.9rem; color: #4a5468; margin-top: 0.3rem; }
.citations { padding-left: 1.4rem; }
.citations li { margin-bottom: 0.9rem; }
blockquote { margin: 0.2rem 0; padding-left: 0.8rem; border-left: 3px solid #2f6fba; }
.cite { margin: 0.2rem 0 0; font-size: 0.9rem; color: #4a5468; }
.relation { font-weight: 600; margin: 0; }
.mismatch { color: #9b1c1c; font-weight: 600; }
.note { font-style: italic; color: #4a5468; }
.sources { padding: 1.5rem 0 2rem; }
.sources li { margin-bottom: 0.6rem; }
a { color: #1f5aa6; }
footer { padding-top: 1rem; padding-bottom: 2rem; font-size: 0.85rem; color: #4a5468; }
@media print {
  body { font-size: 11pt; }
  header, main, footer { max-width: none; padding: 0; }
  .step { break-before: page; border: 0; }
  .sources { break-before: page; }
  figure, blockquote, .citations li { break-inside: avoid; }
  a { color: inherit; }
}
`;
