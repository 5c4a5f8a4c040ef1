import core from './en/core.js';
import type accessRights from './en/access-rights.js';
import type accounts from './en/accounts.js';
import type help from './en/help.js';
import type imports from './en/import.js';
import type resources from './en/resources.js';
import type userManager from './en/user-manager.js';

export type { MessageKey, Messages } from './en/index.js';

export const SHIPPED_LOCALES = ['en', 'de', 'fr', 'hu'] as const;
export type ShippedLanguage = (typeof SHIPPED_LOCALES)[number];
type Translated = Exclude<ShippedLanguage, 'en'>;

/** The English source of each catalog area: the core's strings and one area per family of elements. */
export interface EnglishAreas {
  core: typeof core;
  'user-manager': typeof userManager;
  'access-rights': typeof accessRights;
  accounts: typeof accounts;
  help: typeof help;
  import: typeof imports;
  resources: typeof resources;
}
export type Area = keyof EnglishAreas;
type Strings = Readonly<Record<string, string>>;
type Source = () => Promise<{ default: Strings }>;

/**
 * Every translated area is a chunk of its own, fetched the first time an element of that area
 * shows that language, so a page ships only the strings of the elements and languages it shows.
 */
const sources: Record<Translated, Record<Area, Source>> = {
  de: {
    core: () => import('./de/core.js'),
    'user-manager': () => import('./de/user-manager.js'),
    'access-rights': () => import('./de/access-rights.js'),
    accounts: () => import('./de/accounts.js'),
    help: () => import('./de/help.js'),
    import: () => import('./de/import.js'),
    resources: () => import('./de/resources.js'),
  },
  fr: {
    core: () => import('./fr/core.js'),
    'user-manager': () => import('./fr/user-manager.js'),
    'access-rights': () => import('./fr/access-rights.js'),
    accounts: () => import('./fr/accounts.js'),
    help: () => import('./fr/help.js'),
    import: () => import('./fr/import.js'),
    resources: () => import('./fr/resources.js'),
  },
  hu: {
    core: () => import('./hu/core.js'),
    'user-manager': () => import('./hu/user-manager.js'),
    'access-rights': () => import('./hu/access-rights.js'),
    accounts: () => import('./hu/accounts.js'),
    help: () => import('./hu/help.js'),
    import: () => import('./hu/import.js'),
    resources: () => import('./hu/resources.js'),
  },
};

/**
 * English is bundled with the element that shows it: the core's strings here, an element's own
 * area when the element declares it (`static catalogs`). Texts of each language, merged as their
 * areas arrive; the objects grow in place, so a localizer always sees the newest texts.
 */
const english: Record<string, string> = { ...core };
const registered = new Set<string>(['core']);
const texts = new Map<ShippedLanguage, Record<string, string>>([['en', english]]);
/** `de/core`, `fr/user-manager`…: the translated areas that have arrived. */
const arrived = new Set<string>();
const pending = new Map<string, Promise<void>>();

export const isShipped = (lang: string): lang is ShippedLanguage =>
  (SHIPPED_LOCALES as readonly string[]).includes(lang);

/** Adds the English strings an element brings; returns the areas it needs, the core included. */
export function useAreas(catalogs: Partial<EnglishAreas>): Area[] {
  for (const [area, strings] of Object.entries(catalogs)) {
    if (registered.has(area)) continue;
    Object.assign(english, strings);
    registered.add(area);
  }
  return ['core', ...(Object.keys(catalogs) as Area[]).filter((area) => area !== 'core')];
}

/** The texts of a language that have arrived so far (for English: those of the elements on the page). */
export const catalogFor = (lang: string): Readonly<Record<string, string>> | undefined =>
  texts.get(lang as ShippedLanguage);

/** The English text of `key`, if an element on the page brought it. */
export const englishText = (key: string): string | undefined => english[key];

/** Whether every area in `areas` can be shown in `lang` without waiting. */
export const hasAreas = (lang: ShippedLanguage, areas: readonly Area[]): boolean =>
  lang === 'en' || areas.every((area) => arrived.has(`${lang}/${area}`));

/** Fetches the missing areas of a language once each; resolves when they can be used (a failed one leaves English). */
export function loadAreas(lang: ShippedLanguage, areas: readonly Area[]): Promise<void> {
  if (lang === 'en') return Promise.resolve();
  return Promise.all(areas.map((area) => loadArea(lang, area))).then(() => undefined);
}

function loadArea(lang: Translated, area: Area): Promise<void> {
  const id = `${lang}/${area}`;
  if (arrived.has(id)) return Promise.resolve();
  let promise = pending.get(id);
  if (!promise) {
    promise = sources[lang][area]()
      .then((module) => {
        const target = texts.get(lang) ?? texts.set(lang, {}).get(lang)!;
        Object.assign(target, module.default);
        arrived.add(id);
      })
      .catch(() => undefined)
      .finally(() => pending.delete(id));
    pending.set(id, promise);
  }
  return promise;
}

/** Fetches every area of a language ahead of use (a page that knows it will switch to it). */
export const loadCatalog = (lang: ShippedLanguage): Promise<void> =>
  loadAreas(lang, Object.keys(sources.de) as Area[]);
