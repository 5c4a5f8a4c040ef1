import { readFileSync, readdirSync } from 'node:fs';

/**
 * Tags are registered only in src/define/*, so the classes carry no tag name. This plugin reads
 * the define files (the one source of truth for tags) and writes each tag into the manifest.
 */
function tagsFromDefineFiles() {
  const tags = new Map();
  for (const file of readdirSync('src/define')) {
    const source = readFileSync(`src/define/${file}`, 'utf8');
    for (const [, tag, className] of source.matchAll(/customElements\.define\('([^']+)',\s*(\w+)\)/g)) {
      tags.set(className, tag);
    }
  }
  return {
    name: 'tenantkit-tags-from-define-files',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          const tag = tags.get(declaration.name);
          if (tag) {
            declaration.tagName = tag;
            declaration.customElement = true;
          }
        }
      }
    },
  };
}

/** Builds custom-elements.json from the JSDoc of every element (Storybook docs, editor completion). */
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  plugins: [tagsFromDefineFiles()],
};
