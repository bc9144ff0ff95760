/**
 * How a site built by `npm run publish` behaves, fixed at build time: scripts/publish.ts defines
 * __ACTORGRAPH_SITE__, which the app's own build defines as null (everything editable and saved), so
 * that build carries none of this.
 * - readOnly: editing controls are hidden and the visitor's browser storage is neither read nor written,
 *   so every visit shows the published graph as published.
 * - story: the story the site opens presenting when its address has no view of its own.
 */
export interface SiteMode {
  readonly readOnly: boolean;
  readonly story: string | null;
}

declare const __ACTORGRAPH_SITE__: SiteMode | null;

export const SITE_MODE: SiteMode | null = __ACTORGRAPH_SITE__;

/** Whether this build offers editing: everywhere but a read-only published site. */
export const EDITABLE = !SITE_MODE?.readOnly;
