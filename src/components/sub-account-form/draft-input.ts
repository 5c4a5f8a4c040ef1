import type { ProductType } from '../../api/schemas/index.js';
import { countryFromText } from './countries.js';
import { typedSettings, type AccountDraft, type DraftField } from './draft.js';

/** Inputs whose value goes into the draft as it is, by the input's `name`. */
const TEXT_INPUTS: Record<string, DraftField> = {
  name: 'name',
  reference: 'reference',
  notes: 'notes',
  adminName: 'adminName',
  adminEmail: 'adminEmail',
  adminLocale: 'adminLocale',
};

export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export function isFormControl(target: EventTarget | null): target is FormControl {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement
  );
}

export interface InputContext {
  draft: AccountDraft;
  mode: 'create' | 'edit';
  locale: string;
  /** A `change` event rather than an `input` one: the country field settles on the country it names. */
  committed: boolean;
  typeOf: (id: string) => ProductType | undefined;
}

/** What an input or change event on `t` changes in the draft; undefined for controls the draft does not hold. */
export function inputChanges(t: FormControl, c: InputContext): Partial<AccountDraft> | undefined {
  const text = TEXT_INPUTS[t.name];
  if (text) return { [text]: t.value };
  const checked = t instanceof HTMLInputElement && t.checked;
  switch (t.name) {
    case 'productTypeId':
      return typeChanges(c.draft, c.typeOf(t.value), t.value, c.mode);
    case 'country': {
      const code = countryFromText(c.locale, t.value);
      if (c.committed && code) return { country: code, countryText: null };
      return code ? { countryText: t.value, country: code } : { countryText: t.value };
    }
    case 'trial':
    case 'internal':
      return { [t.name]: checked };
    case 'setting': {
      const id = t.dataset['setting']!;
      const value = t instanceof HTMLInputElement && t.type === 'checkbox' ? checked : t.value;
      return { settings: { ...c.draft.settings, [id]: value } };
    }
    default:
      return undefined;
  }
}

/** A new product type: its fields with their defaults (values already typed for the same ids stay). */
function typeChanges(
  draft: AccountDraft,
  type: ProductType | undefined,
  id: string,
  mode: 'create' | 'edit',
): Partial<AccountDraft> {
  const defaults = typedSettings(type?.fields ?? [], {});
  const settings = Object.fromEntries(Object.entries(defaults).map(([k, v]) => [k, draft.settings[k] ?? v]));
  const changes: Partial<AccountDraft> = { productTypeId: id, settings };
  if (!type?.trialAvailable && draft.trial && mode === 'create') changes.trial = false;
  return changes;
}
