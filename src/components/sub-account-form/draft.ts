import {
  AccountCreate,
  AccountUpdate,
  type Account,
  type AccountSettings,
  type FieldProblem,
  type ProductField,
  type ProductType,
  type SettingValue,
} from '../../api/schemas/index.js';
import { checkSettings } from '../../api/settings.js';
import { validate } from '../../api/validate.js';
import { countryFromText } from './countries.js';

/** The steps of the form, in order (seed 004: details, primary user, product, roles). */
export type StepId = 'details' | 'admin' | 'settings' | 'access' | 'review';

/** What the admin typed; kept across failures, step changes, language switches and re-renders. */
export interface AccountDraft {
  name: string;
  productTypeId: string;
  reference: string;
  /** The chosen country code, or '' while none is chosen. */
  country: string;
  /** What is in the country field when it does not (yet) name a country; null shows the name of `country`. */
  countryText: string | null;
  notes: string;
  trial: boolean;
  internal: boolean;
  /** Product settings as typed: text for text, number, url and select fields, booleans for checkboxes. */
  settings: Record<string, string | boolean>;
  adminName: string;
  adminEmail: string;
  adminLocale: string;
  /** The primary admin's permissions; null until the catalog arrived (then all are checked). */
  permissions: string[] | null;
}

/** Draft fields, by the request paths their problems carry. */
export type DraftField = keyof AccountDraft;

export function emptyDraft(): AccountDraft {
  return {
    name: '',
    productTypeId: '',
    reference: '',
    country: '',
    countryText: null,
    notes: '',
    trial: false,
    internal: false,
    settings: {},
    adminName: '',
    adminEmail: '',
    adminLocale: '',
    permissions: null,
  };
}

/** The draft of an existing account (edit mode). */
export function draftOf(account: Account, type: ProductType | undefined): AccountDraft {
  return {
    ...emptyDraft(),
    name: account.name,
    productTypeId: account.productTypeId ?? '',
    reference: account.reference,
    country: account.country,
    notes: account.notes,
    trial: account.trial !== null,
    internal: account.internal,
    settings: typedSettings(type?.fields ?? [], account.settings),
  };
}

/** Stored settings as the inputs show them. */
export function typedSettings(
  fields: readonly ProductField[],
  stored: Readonly<AccountSettings>,
): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const f of fields) {
    const value: SettingValue | undefined = stored[f.id] ?? f.default;
    if (f.type === 'boolean') out[f.id] = value === true;
    else out[f.id] = value === undefined ? '' : String(value);
  }
  return out;
}

/** The typed settings in the types the declarations want (a number field's text becomes a number). */
export function settingsBody(
  fields: readonly ProductField[],
  typed: AccountDraft['settings'],
): AccountSettings {
  const out: AccountSettings = {};
  for (const f of fields) {
    const value = typed[f.id];
    if (value === undefined || value === '') continue;
    if (f.type === 'number' && typeof value === 'string') {
      const n = Number(value.replace(',', '.'));
      out[f.id] = value.trim() !== '' && Number.isFinite(n) ? n : value;
    } else out[f.id] = value;
  }
  return out;
}

/** The steps this form shows: no primary admin when editing, no product step without fields. */
export function stepsFor(mode: 'create' | 'edit', type: ProductType | undefined): StepId[] {
  const steps: StepId[] = ['details'];
  if (mode === 'create') steps.push('admin');
  if (type?.fields.length) steps.push('settings');
  if (mode === 'create') steps.push('access');
  steps.push('review');
  return steps;
}

/** The step a problem's path belongs to. */
export function stepOfPath(path: string): StepId {
  if (path.startsWith('settings')) return 'settings';
  if (path.startsWith('primaryAdmin.permissions')) return 'access';
  if (path.startsWith('primaryAdmin')) return 'admin';
  return 'details';
}

/** Inputs by the dotted path of their problems, in the order they appear. */
export const FIELD_ORDER = [
  'name',
  'productTypeId',
  'reference',
  'country',
  'notes',
  'trial',
  'internal',
  'primaryAdmin.name',
  'primaryAdmin.email',
  'primaryAdmin.locale',
  'settings',
  'primaryAdmin.permissions',
] as const;

export function createBody(
  draft: AccountDraft,
  type: ProductType | undefined,
  locale: string,
): AccountCreate {
  const body: AccountCreate = {
    name: draft.name.trim(),
    productTypeId: draft.productTypeId,
    country: countryOf(draft, locale),
    primaryAdmin: { name: draft.adminName.trim(), email: draft.adminEmail.trim() },
  };
  if (draft.reference.trim()) body.reference = draft.reference.trim();
  if (draft.notes.trim()) body.notes = draft.notes;
  if (draft.trial && type?.trialAvailable) body.trial = true;
  if (draft.internal) body.internal = true;
  if (type?.fields.length) body.settings = settingsBody(type.fields, draft.settings);
  if (draft.adminLocale) body.primaryAdmin.locale = draft.adminLocale;
  if (draft.permissions) body.primaryAdmin.permissions = [...draft.permissions];
  return body;
}

/** Only what changed, so a save never rewrites fields the admin did not touch. */
export function updatePatch(
  account: Account,
  draft: AccountDraft,
  type: ProductType | undefined,
  locale: string,
): AccountUpdate {
  const patch: AccountUpdate = {};
  const name = draft.name.trim();
  if (name !== account.name) patch.name = name;
  if (draft.productTypeId && draft.productTypeId !== account.productTypeId)
    patch.productTypeId = draft.productTypeId;
  if (draft.reference.trim() !== account.reference) patch.reference = draft.reference.trim();
  const country = countryOf(draft, locale);
  if (country !== account.country) patch.country = country;
  if (draft.notes !== account.notes) patch.notes = draft.notes;
  if (draft.trial !== (account.trial !== null)) patch.trial = draft.trial;
  if (draft.internal !== account.internal) patch.internal = draft.internal;
  const settings = settingsBody(type?.fields ?? [], draft.settings);
  if (type?.fields.length && JSON.stringify(settings) !== JSON.stringify(sortedKeys(account.settings, type)))
    patch.settings = settings;
  return patch;
}

function sortedKeys(settings: AccountSettings, type: ProductType): AccountSettings {
  return settingsBody(type.fields, typedSettings(type.fields, settings));
}

/** The country code the draft names: the chosen one, or the typed text if it names one. */
export function countryOf(draft: AccountDraft, locale: string): string {
  if (draft.countryText === null) return draft.country;
  return countryFromText(locale, draft.countryText) ?? '';
}

/**
 * Every problem of the draft, as the server would report it (same schemas, same settings rule),
 * plus the form's own: a typed country that names none.
 */
export function draftProblems(
  mode: 'create' | 'edit',
  draft: AccountDraft,
  type: ProductType | undefined,
  locale: string,
  account?: Account,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (draft.countryText !== null && draft.countryText.trim() && !countryFromText(locale, draft.countryText))
    problems.push({ path: 'country', code: 'unknown-country', message: 'Choose a country from the list.' });
  const body =
    mode === 'create' || !account
      ? createBody(draft, type, locale)
      : updatePatch(account, draft, type, locale);
  for (const p of validate(mode === 'create' ? AccountCreate : AccountUpdate, body))
    if (!problems.some((q) => q.path === p.path)) problems.push(p);
  if (type?.fields.length)
    problems.push(...checkSettings(type.fields, settingsBody(type.fields, draft.settings)).problems);
  return problems;
}
