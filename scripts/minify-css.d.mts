/** See minify-css.mjs. */
export function minifyCss(css: string): string;
