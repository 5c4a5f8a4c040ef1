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

/** Names each component folder's `index.ts` exports: its public API besides the element. */
function publicExports() {
  const names = new Set();
  for (const dir of readdirSync('src/components')) {
    let source = '';
    try {
      source = readFileSync(`src/components/${dir}/index.ts`, 'utf8');
    } catch {
      continue;
    }
    for (const [, list] of source.matchAll(/export\s+(?:type\s+)?\{([^}]+)\}/g))
      for (const name of list.split(','))
        names.add(
          name
            .trim()
            .split(/\s+as\s+/)
            .pop(),
        );
  }
  return names;
}

/**
 * Only the public API reaches custom-elements.json (and so Storybook's docs): no private or
 * protected members (`@state()` fields, task objects, queried nodes, Lit lifecycle), no `#`
 * members, no static `styles` or `catalogs` (an element's strings), nothing tagged `@internal`, and of the helper modules only what a
 * component's `index.ts` exports.
 */
function publicApiOnly() {
  const exported = publicExports();
  const isInternal = (member) =>
    member.privacy === 'private' ||
    member.privacy === 'protected' ||
    member.name.startsWith('#') ||
    (member.static && (member.name === 'styles' || member.name === 'catalogs')) ||
    /@internal\b/.test(member.description ?? '');
  return {
    name: 'tenantkit-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        mod.declarations = (mod.declarations ?? []).filter((d) => d.customElement || exported.has(d.name));
        for (const d of mod.declarations) {
          if (d.members) d.members = d.members.filter((m) => !isInternal(m));
        }
        const kept = new Set(mod.declarations.map((d) => d.name));
        mod.exports = (mod.exports ?? []).filter(
          (e) =>
            e.kind === 'custom-element-definition' ||
            kept.has(e.declaration?.name ?? e.name) ||
            mod.path.endsWith('/index.ts'),
        );
      }
      customElementsManifest.modules = customElementsManifest.modules.filter(
        (mod) => mod.declarations.length || mod.exports.length,
      );
    },
  };
}

/** Builds custom-elements.json from the JSDoc of every element (Storybook docs, editor completion). */
export default {
  // tk-element.ts: the members every element inherits (client, locale, theme).
  globs: ['src/components/**/*.ts', 'src/core/tk-element.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  plugins: [tagsFromDefineFiles(), publicApiOnly()],
};
