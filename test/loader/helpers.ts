/**
 * The loader tests run the built CDN folder (`npm run build` first), as a page includes it:
 * a `<script type="module">` of dist/cdn/tenantkit.loader.js. Each test file is a fresh page.
 */
export const CDN = '/dist/cdn/';

/** Adds the loader's script tag (with `data-tk-prefix` when given) and waits until it has run. */
export function startLoader(prefix?: string): Promise<void> {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = `${CDN}tenantkit.loader.js`;
  if (prefix) script.dataset['tkPrefix'] = prefix;
  const loaded = new Promise<void>((resolve, reject) => {
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error('dist/cdn is not built: run npm run build')));
  });
  document.head.append(script);
  return loaded;
}

/** The CDN files this page has requested so far, relative to the folder (`define/user-manager.js`). */
export const requested = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith(CDN) && !path.endsWith('manifest.json'))
    .map((path) => path.slice(CDN.length));

/** Which files each CDN file imports statically, from the build's manifest. */
type Manifest = Record<string, { imports: string[] }>;
let manifest: Promise<Manifest> | undefined;

/** An element chunk and everything it imports statically: what its first use must fetch. */
export async function chunksOf(name: string): Promise<string[]> {
  const files = await (manifest ??= fetch(`${CDN}manifest.json`).then((r) => r.json() as Promise<Manifest>));
  const into = new Set<string>();
  const walk = (file: string) => {
    if (into.has(file)) return;
    into.add(file);
    files[file]!.imports.forEach(walk);
  };
  walk(`define/${name}.js`);
  return [...into];
}
