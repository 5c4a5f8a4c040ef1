/** See minify-html.mjs. */
export function collapseTemplateWhitespace(text: string): string;
