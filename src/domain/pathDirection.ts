/** How a path may run: along the arrows only, or either way. Apart from paths.ts so a link can name it cheaply. */
export const PATH_DIRECTIONS = ['follow', 'any'] as const;
export type PathDirection = (typeof PATH_DIRECTIONS)[number];
