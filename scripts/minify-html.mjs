/**
 * Collapses the layout whitespace in the static text of one lit html`` template: each run of
 * whitespace that holds a line break becomes one space. A browser shows such a run as one space,
 * or nothing between blocks, so the page looks the same. The exceptions are `<pre>`, `<textarea>`
 * and `white-space: pre*`, and our templates never put line breaks of their own in those: the
 * textareas are bound with `.value`, and the help popup's `pre-line` message is bound without
 * surrounding whitespace. Used by rollup.config.mjs for the npm and browser builds.
 * @param {string} text
 * @returns {string}
 */
export function collapseTemplateWhitespace(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}
