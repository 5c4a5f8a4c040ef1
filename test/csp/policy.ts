/** The Content-Security-Policy issue 20 names; web-test-runner.config.mjs serves the csp group with it. */
export const STRICT_CSP_OF_ISSUE_20 =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";
