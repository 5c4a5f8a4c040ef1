/**
 * web-test-runner plugin: serves a UMD/CommonJS file as an ES module with a default export, so
 * tests can load packages that ship no ESM build (papaparse, <tk-import>'s CSV parser). The
 * bundlers handle such packages themselves; only the test server needs this.
 */
export function umdAsEsm(pathPattern) {
  return {
    name: 'tenantkit-umd-as-esm',
    transform(context) {
      if (!pathPattern.test(context.path)) return undefined;
      return {
        body: `const module = { exports: {} }; const exports = module.exports;\n${context.body}\nexport default module.exports;\n`,
      };
    },
  };
}
