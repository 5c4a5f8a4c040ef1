import { ELEMENTS } from './elements.js';

/**
 * `tenantkit.loader.js`, the CDN entry: watches the page for tenantkit tags and imports each
 * element's chunk (`define/<name>.js`, beside this file) the first time its tag appears. The chunks
 * share one runtime chunk and register the default `tk-` tags; a page that names its elements with
 * another prefix (`<script type="module" src="…/tenantkit.loader.js" data-tk-prefix="acme-">`)
 * gets `acme-user-manager` and so on as well.
 *
 * Nothing here may import the runtime: the loader stays a small file of its own.
 */
const DEFAULT_PREFIX = 'tk-';
const script = document.querySelector<HTMLScriptElement>('script[data-tk-prefix]');
const prefixes = [...new Set([DEFAULT_PREFIX, script?.dataset['tkPrefix'] || DEFAULT_PREFIX])];
const chunks = new Map<string, Promise<unknown>>();

const chunkUrl = (name: string) => new URL(`./define/${name}.js`, import.meta.url).href;

/** The element name (`user-manager`) of a tag the loader serves, else undefined. */
function elementOf(tag: string): string | undefined {
  const prefix = prefixes.find((p) => tag.startsWith(p));
  const name = prefix && tag.slice(prefix.length);
  return name && ELEMENTS.includes(name) ? name : undefined;
}

/** Imports an element's chunk once, then registers the tag if it has a prefix of its own. */
async function define(tag: string): Promise<void> {
  const name = elementOf(tag);
  if (!name) return;
  let chunk = chunks.get(name);
  if (!chunk) chunks.set(name, (chunk = import(chunkUrl(name))));
  await chunk;
  const base = customElements.get(DEFAULT_PREFIX + name);
  // A constructor can be registered only once, so another prefix gets a subclass.
  if (base && !customElements.get(tag)) customElements.define(tag, class extends base {});
}

/** Asks the browser for a chunk ahead of time, without running it yet. */
function preload(tag: string): void {
  const name = elementOf(tag);
  if (!name || chunks.has(name)) return;
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = chunkUrl(name);
  document.head.append(link);
}

/**
 * Loads the elements used in `root` and keeps watching it. The document is watched from the start;
 * call this for an open shadow root whose content should load elements too.
 */
export async function discover(root: Document | ShadowRoot | Element = document): Promise<void> {
  watch(root);
  await load(root);
}

async function load(root: ParentNode | Element): Promise<void> {
  const tags = new Set<string>();
  if (root instanceof Element && root.matches(':not(:defined)')) tags.add(root.localName);
  for (const el of root.querySelectorAll(':not(:defined)')) tags.add(el.localName);
  // A provider must be defined before the elements inside it connect, or they miss its context:
  // its chunk runs first while the others download.
  const providers = [...tags].filter((tag) => elementOf(tag) === 'provider');
  const others = [...tags].filter((tag) => !providers.includes(tag));
  if (providers.length) {
    others.forEach(preload);
    await Promise.all(providers.map(define));
  }
  await Promise.all(others.map(define));
}

const watched = new WeakSet<Node>();
function watch(root: Document | ShadowRoot | Element): void {
  if (watched.has(root)) return;
  watched.add(root);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) void load(node);
    }
  }).observe(root, { childList: true, subtree: true });
}

void discover();
