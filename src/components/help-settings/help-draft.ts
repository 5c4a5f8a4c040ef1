import type { HelpMode, HelpSettings, HelpSettingsUpdate, LocalizedText } from '../../api/schemas/index.js';
import type { HelpContent } from '../help-popup/types.js';

/** The languages every reseller is offered a tab for; any other BCP 47 tag can be added. */
export const OFFERED_LANGUAGES = ['en', 'de', 'fr', 'hu'] as const;

/** The form's values as typed: texts as strings, the per-language texts as maps. */
export interface HelpDraft {
  mode: HelpMode;
  displayName: string;
  logoUrl: string;
  helpUrl: string;
  email: string;
  phone: string;
  accentColor: string;
  message: Record<string, string>;
  hours: Record<string, string>;
}
export type DraftField = keyof HelpDraft;

/** The order fields appear in, to focus the first invalid one. */
export const FIELD_ORDER: readonly DraftField[] = [
  'mode',
  'displayName',
  'logoUrl',
  'message',
  'hours',
  'email',
  'phone',
  'helpUrl',
  'accentColor',
];

/**
 * A plain-string text (written before texts were per language) is put under English: every
 * language without a text of its own falls back to English, so it is shown exactly as before.
 */
function mapOf(text: LocalizedText | null | undefined): Record<string, string> {
  if (text === null || text === undefined || text === '') return {};
  return typeof text === 'string' ? { en: text } : { ...text };
}

export function draftOf(settings: HelpSettings | undefined): HelpDraft {
  return {
    mode: settings?.mode ?? 'popup',
    displayName: settings?.displayName ?? '',
    logoUrl: settings?.logoUrl ?? '',
    helpUrl: settings?.helpUrl ?? '',
    email: settings?.email ?? '',
    phone: settings?.phone ?? '',
    accentColor: settings?.accentColor ?? '',
    message: mapOf(settings?.message),
    hours: mapOf(settings?.hours),
  };
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** Languages with text; null when none has any. */
function textsOf(texts: Record<string, string>): Record<string, string> | null {
  const kept = Object.entries(texts).filter(([, text]) => text.trim() !== '');
  return kept.length ? Object.fromEntries(kept) : null;
}

/** The body of `PUT /accounts/{id}/help`: trimmed, empty fields as null, languages without text left out. */
export function bodyOf(d: HelpDraft): HelpSettingsUpdate {
  return {
    displayName: d.displayName.trim(),
    logoUrl: orNull(d.logoUrl),
    mode: d.mode,
    helpUrl: orNull(d.helpUrl),
    email: orNull(d.email),
    phone: orNull(d.phone),
    hours: textsOf(d.hours),
    message: textsOf(d.message),
    accentColor: orNull(d.accentColor),
  };
}

/** What the live preview shows: the draft as the popup would, invalid colours left out. */
export function previewOf(d: HelpDraft, fallbackName: string): HelpContent {
  const body = bodyOf(d);
  return {
    ...body,
    displayName: body.displayName || fallbackName,
    accentColor: /^#[0-9a-f]{6}$/i.test(d.accentColor.trim()) ? d.accentColor.trim() : null,
  };
}

/** The language tabs: the offered four, then every other language the texts use. */
export function languagesOf(d: HelpDraft, added: readonly string[] = []): string[] {
  const all = [...OFFERED_LANGUAGES, ...Object.keys(d.message), ...Object.keys(d.hours), ...added];
  return [...new Set(all)];
}

/**
 * A typed language tag in its canonical form (`PT-br` → `pt-BR`), or undefined when it is not
 * a BCP 47 tag at all.
 */
export function canonicalTag(typed: string): string | undefined {
  try {
    const [tag] = Intl.getCanonicalLocales(typed.trim());
    return tag;
  } catch {
    return undefined;
  }
}
