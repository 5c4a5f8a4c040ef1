import {
  catalogFor,
  englishText,
  isShipped,
  type MessageKey,
  type Messages,
  type ShippedLanguage,
} from '../locales/index.js';

/** A message key without its plural suffix: `common.results#one` → `common.results`. */
export type TextKey = MessageKey extends infer K ? (K extends `${infer Base}#${string}` ? Base : K) : never;
export type TextParams = Record<string, string | number>;

/** Picks the shipped catalog for a BCP 47 tag: `de-AT` → `de`, unknown → `en`. */
export function shippedLanguage(locale: string): ShippedLanguage {
  const lang = locale.toLowerCase().split('-')[0] ?? 'en';
  return isShipped(lang) ? lang : 'en';
}

const cache = new Map<
  string,
  Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.RelativeTimeFormat
>();
function cached<
  T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.RelativeTimeFormat,
>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = make()));
  return value;
}

/**
 * Strings, plurals, dates and numbers for one locale, with host overrides on top of the
 * shipped catalog. Missing keys fall back to English, never to the key itself.
 */
export class Localizer {
  readonly locale: string;
  readonly lang: ShippedLanguage;
  private readonly overrides: Readonly<Record<string, string | undefined>>;

  constructor(locale: string, overrides: Partial<Messages> = {}) {
    this.locale = locale;
    this.lang = shippedLanguage(locale);
    this.overrides = overrides;
  }

  /** The text for `key`; `{name}` placeholders are filled from `params`; `count` selects the plural form. */
  t(key: TextKey, params?: TextParams): string {
    const count = params?.['count'];
    const template =
      typeof count === 'number' ? this.plural(key, count) : (this.lookup(key) ?? (key as string));
    return params
      ? template.replace(/\{(\w+)\}/g, (m, name: string) => format(params[name], m, this))
      : template;
  }

  /** The host's text, else the language's (read live: areas arrive on first use), else English. */
  private lookup(key: string): string | undefined {
    return this.overrides[key] ?? catalogFor(this.lang)?.[key] ?? englishText(key);
  }

  private plural(key: string, count: number): string {
    const category = cached(`p:${this.lang}`, () => new Intl.PluralRules(this.lang)).select(count);
    return this.lookup(`${key}#${category}`) ?? this.lookup(`${key}#other`) ?? key;
  }

  /**
   * Reseller-written text (`LocalizedText`) in this locale: the exact tag (`de-AT`), its base
   * language (`de`), English, then the first language given. A plain string is shown as it is.
   */
  pick(text: string | Readonly<Record<string, string>> | null | undefined): string {
    if (text === null || text === undefined) return '';
    if (typeof text === 'string') return text;
    const base = this.locale.toLowerCase().split('-')[0] ?? '';
    const exact = Object.keys(text).find((k) => k.toLowerCase() === this.locale.toLowerCase());
    return (
      (exact !== undefined ? text[exact] : undefined) ??
      text[base] ??
      text['en'] ??
      Object.values(text)[0] ??
      ''
    );
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return cached(
      `n:${this.locale}:${JSON.stringify(options)}`,
      () => new Intl.NumberFormat(this.locale, options),
    ).format(value);
  }

  /** A calendar date (`31.01.2026`), or the empty-value dash for null. */
  date(
    value: string | number | Date | null | undefined,
    options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
  ): string {
    if (value === null || value === undefined) return this.t('common.none');
    const time = new Date(value);
    if (Number.isNaN(time.getTime())) return this.t('common.none');
    return cached(
      `d:${this.locale}:${JSON.stringify(options)}`,
      () => new Intl.DateTimeFormat(this.locale, options),
    ).format(time);
  }

  dateTime(value: string | number | Date | null | undefined): string {
    return this.date(value, { dateStyle: 'medium', timeStyle: 'short' });
  }

  /** "in 3 days", "2 hours ago": the largest unit that fits. */
  relative(value: string | number | Date, now: Date = new Date()): string {
    const seconds = (new Date(value).getTime() - now.getTime()) / 1000;
    const units: [Intl.RelativeTimeFormatUnit, number][] = [
      ['year', 31536000],
      ['month', 2592000],
      ['day', 86400],
      ['hour', 3600],
      ['minute', 60],
      ['second', 1],
    ];
    const [unit, size] = units.find(([, s]) => Math.abs(seconds) >= s) ?? ['second', 1];
    return cached(
      `r:${this.locale}`,
      () => new Intl.RelativeTimeFormat(this.locale, { numeric: 'auto' }),
    ).format(Math.round(seconds / size), unit);
  }
}

/** Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

function format(value: string | number | undefined, placeholder: string, l: Localizer): string {
  if (value === undefined) return placeholder;
  if (typeof value === 'number') return l.number(value);
  // A value with direction controls (a name with an unclosed U+202E, say) is isolated with FSI…PDI,
  // so it cannot reverse the rest of our sentence; other values are left exactly as given.
  return BIDI_CONTROL.test(value) ? `\u2068${value}\u2069` : value;
}
