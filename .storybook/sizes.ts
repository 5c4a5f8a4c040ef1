import sizes from './element-sizes.json';

interface Declaration {
  tagName?: string;
  description?: string;
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

/**
 * Each element's docs page states what it weighs: the manifest's description (which the page
 * shows) gets the sizes that `npm run size` writes to element-sizes.json.
 */
export function withSizes<T extends Manifest>(manifest: T): T {
  const table = sizes as Record<string, { page: number; own: number }>;
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        const size = declaration.tagName ? table[declaration.tagName] : undefined;
        if (!size) return declaration;
        const line =
          `**Size:** a page with only \`<${declaration.tagName}>\` downloads ${size.page} KiB (gzip, English) ` +
          `through the CDN loader, runtime and API included; ${size.own} KiB of it is the element's own.`;
        return { ...declaration, description: [declaration.description, line].filter(Boolean).join('\n\n') };
      }),
    })),
  };
}
