import * as z from 'zod/mini';
import { Email, Id, LocalizedText, RequiredText, Version, WebUrl } from './common.js';

export const HelpMode = z.enum(['popup', 'link']);
export type HelpMode = z.infer<typeof HelpMode>;

/** Longest help message, per language. */
export const HELP_MESSAGE_MAX = 2000;
/** Longest opening-hours text, per language. */
export const HELP_HOURS_MAX = 200;

const helpFields = {
  /** The reseller's name as its customers know it. */
  displayName: RequiredText(200),
  /** The reseller's logo; elements show it only from `https:` or their own origin. */
  logoUrl: z.nullable(WebUrl),
  /** `popup` shows contact details; `link` opens the reseller's own help page. */
  mode: HelpMode,
  helpUrl: z.nullable(WebUrl),
  email: z.nullable(Email),
  phone: z.nullable(z.string().check(z.regex(/^\+?[0-9 ()./-]{3,40}$/))),
  /** Opening hours: one text, or one per language (`{ en: 'Mon–Fri 8–18', de: 'Mo–Fr 8–18 Uhr' }`). */
  hours: z.nullable(LocalizedText(HELP_HOURS_MAX)),
  /**
   * A short message, plain text (never HTML): one text, or one per language. Line breaks are
   * kept and `http(s):` URLs become links; nothing else is ever markup.
   */
  message: z.nullable(LocalizedText(HELP_MESSAGE_MAX)),
  /** The reseller's brand colour, `#rrggbb`. */
  accentColor: z.nullable(z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/))),
};

/** Help and contact settings, resolved from the nearest reseller above an account (seed 001). */
export const HelpSettings = z.object({
  ...helpFields,
  /** The reseller account these settings come from. */
  ownerAccountId: Id,
  /**
   * The name of that account, so that a customer sees whose settings apply (the reseller's
   * account itself is outside a customer's scope). Optional: other backends may omit it.
   */
  ownerName: z.optional(z.string().check(z.maxLength(200))),
  version: Version,
});
export type HelpSettings = z.infer<typeof HelpSettings>;

/** Body of `PUT /accounts/{id}/help` (reseller admins only). */
export const HelpSettingsUpdate = z
  .strictObject(helpFields)
  .check(
    z.refine((v) => v.mode !== 'link' || v.helpUrl !== null, { path: ['helpUrl'], message: 'required' }),
  );
export type HelpSettingsUpdate = z.infer<typeof HelpSettingsUpdate>;
