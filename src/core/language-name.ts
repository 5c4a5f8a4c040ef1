import type { Localizer } from './localize.js';

/** A language's name in the element's language (`de` → "German"); the tag itself where the browser has none. */
export function languageName(l: Localizer, tag: string): string {
  try {
    return new Intl.DisplayNames([l.locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
