import { en, type Messages } from './en/index.js';

export type { MessageKey, Messages } from './en/index.js';
export { en };

export const SHIPPED_LOCALES = ['en', 'de', 'fr', 'hu'] as const;
export type ShippedLanguage = (typeof SHIPPED_LOCALES)[number];

/**
 * English is always there; the other catalogs are separate chunks, fetched the first time an
 * element shows that language, so a page ships only the languages it uses.
 */
const loaders: Record<Exclude<ShippedLanguage, 'en'>, () => Promise<Messages>> = {
  de: () => import('./de/index.js').then((m) => m.de),
  fr: () => import('./fr/index.js').then((m) => m.fr),
  hu: () => import('./hu/index.js').then((m) => m.hu),
};

const loaded = new Map<string, Messages>([['en', en]]);
const pending = new Map<string, Promise<void>>();

export const isShipped = (lang: string): lang is ShippedLanguage => lang === 'en' || lang in loaders;

/** The catalog of a shipped language if it has arrived, else undefined. */
export const catalogFor = (lang: string): Messages | undefined => loaded.get(lang);

/** Fetches a shipped language's catalog once; resolves when it can be used (or failed, leaving English). */
export function loadCatalog(lang: ShippedLanguage): Promise<void> {
  if (loaded.has(lang)) return Promise.resolve();
  let promise = pending.get(lang);
  if (!promise) {
    promise = loaders[lang as keyof typeof loaders]()
      .then((messages) => void loaded.set(lang, messages))
      .catch(() => undefined)
      .finally(() => pending.delete(lang));
    pending.set(lang, promise);
  }
  return promise;
}
