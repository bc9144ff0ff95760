/**
 * Which file names are articles. Its own small module: the graph-file import, in the first page load,
 * asks it too, without pulling in the Add article code.
 */

/** A plain-text or Markdown file name. */
export const hasArticleExtension = (name: string): boolean =>
  /\.(txt|text|md|markdown|mdown|mkd)$/i.test(name);

/** Text and Markdown names, or none at all (a pasted clipboard file); a graph or an image is not an article. */
export const isArticleName = (name: string): boolean =>
  !/\.[A-Za-z0-9]{1,10}$/.test(name) || hasArticleExtension(name);
