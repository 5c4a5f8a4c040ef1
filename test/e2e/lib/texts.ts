import { de as deElements } from '../../../src/locales/de/index.js';
import { en as enElements } from '../../../src/locales/en/index.js';
// @ts-expect-error -- the portal is plain JavaScript without declarations.
import { MESSAGES as PORTAL } from '../../../examples/portal/messages.js';

export type Lang = 'en' | 'de';

type Catalog = Readonly<Record<string, string>>;
const MESSAGES = PORTAL as Record<Lang, Catalog>;

/** Every string the journeys may meet, by language: the elements' catalogs and the portal's own. */
export const CATALOGS: Record<Lang, Catalog> = {
  en: { ...enElements, ...MESSAGES.en },
  de: { ...deElements, ...MESSAGES.de },
};

/**
 * The text of `key` in `lang`, `{name}` filled from `params`; a plural key takes `#one`/`#other`
 * by `params.count`. Locators use it, so the German run finds the German names.
 */
export function text(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const catalog = CATALOGS[lang];
  const plural = typeof params.count === 'number' ? `${key}#${params.count === 1 ? 'one' : 'other'}` : key;
  const template = catalog[plural] ?? catalog[key];
  if (template === undefined) throw new Error(`no text "${key}" in the ${lang} catalogs`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
