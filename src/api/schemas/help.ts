import * as z from 'zod/mini';
import { Email, FreeText, Id, RequiredText, Version, WebUrl } from './common.js';

export const HelpMode = z.enum(['popup', 'link']);

const helpFields = {
  /** The reseller's name as its customers know it. */
  displayName: RequiredText(200),
  logoUrl: z.nullable(WebUrl),
  /** `popup` shows contact details; `link` opens the reseller's own help page. */
  mode: HelpMode,
  helpUrl: z.nullable(WebUrl),
  email: z.nullable(Email),
  phone: z.nullable(z.string().check(z.regex(/^\+?[0-9 ()./-]{3,40}$/))),
  hours: z.nullable(FreeText(200)),
  /** Plain text, never HTML. */
  message: z.nullable(FreeText(2000)),
  accentColor: z.nullable(z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/))),
};

/** Help and contact settings, resolved from the nearest reseller above an account (seed 001). */
export const HelpSettings = z.object({
  ...helpFields,
  /** The reseller account these settings come from. */
  ownerAccountId: Id,
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
