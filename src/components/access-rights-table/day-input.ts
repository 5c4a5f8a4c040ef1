/**
 * Calendar days typed and shown in the element's locale (`31.12.2026` in de, `31/12/2026` in fr,
 * `2026. 12. 31.` in hu, `12/31/2026` in en), not in the browser's: a native `<input type=date>`
 * follows the browser's UI language whatever the element's `lang` says. Values stay ISO
 * (`YYYY-MM-DD`); text that does not parse is kept as typed, so validation can point at it.
 */

type Part = 'day' | 'month' | 'year';

interface DayPattern {
  /** The order of the parts, e.g. day, month, year. */
  order: Part[];
  /** Formats an ISO day in the locale's numeric pattern. */
  format: (iso: string) => string;
}

const patterns = new Map<string, DayPattern>();

/** The locale's numeric day pattern, from `Intl.DateTimeFormat`. */
export function dayPattern(locale: string): DayPattern {
  let pattern = patterns.get(locale);
  if (!pattern) {
    const fmt = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      timeZone: 'UTC',
    });
    const order = fmt
      .formatToParts(Date.UTC(2026, 11, 31))
      .map((p) => p.type)
      .filter((t): t is Part => t === 'day' || t === 'month' || t === 'year');
    pattern = { order, format: (iso) => fmt.format(Date.parse(`${iso}T00:00:00Z`)) };
    patterns.set(locale, pattern);
  }
  return pattern;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day `YYYY-MM-DD`. */
export function isIsoDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** Shows an ISO day in the locale's pattern; anything else (what the admin typed) as it is. */
export function showDay(value: string, locale: string): string {
  return isIsoDay(value) ? dayPattern(locale).format(value) : value;
}

/**
 * Reads a day typed in the locale's pattern (any non-digit separators, one- or two-digit day and
 * month, four-digit year) or as ISO; returns `YYYY-MM-DD`, or the trimmed text when it is no day.
 */
export function parseDay(text: string, locale: string): string {
  const trimmed = text.trim();
  if (!trimmed || isIsoDay(trimmed)) return trimmed;
  const numbers = trimmed.split(/\D+/).filter(Boolean);
  if (numbers.length !== 3) return trimmed;
  const parts: Partial<Record<Part, string>> = {};
  dayPattern(locale).order.forEach((part, i) => (parts[part] = numbers[i]));
  const { year = '', month = '', day = '' } = parts;
  if (year.length !== 4 || month.length > 2 || day.length > 2) return trimmed;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDay(iso) ? iso : trimmed;
}
