import type { FieldProblem } from './schemas/problem.js';
import type { AccountSettings, ProductField, SettingValue } from './schemas/account.js';

const TEXT_MAX = 2000;

const MESSAGES = {
  required: 'This field is required.',
  invalid: 'This value is not valid.',
  'too-long': 'This entry is too long.',
  'unknown-field': 'This field is not accepted.',
} as const;

/** The result of checking product settings: the values to store, or the problems by dotted path. */
export interface SettingsCheck {
  settings: AccountSettings;
  problems: FieldProblem[];
}

/** What a new account of this product starts with: each field's `default`, where one is declared. */
export function defaultSettings(fields: readonly ProductField[]): AccountSettings {
  const out: AccountSettings = {};
  for (const f of fields) if (f.default !== undefined) out[f.id] = f.default;
  return out;
}

/**
 * Checks an account's product settings against the product type's field declarations: the one
 * rule the reference server, the memory client and `<tk-sub-account-form>` apply. Missing fields
 * take their `default`; empty optional fields are left out; problems carry `settings.<id>` paths
 * and the codes of the contract (`required`, `invalid`, `too-long`, `unknown-field`).
 */
export function checkSettings(
  fields: readonly ProductField[],
  input: Readonly<Record<string, unknown>> = {},
  prefix = 'settings',
): SettingsCheck {
  const problems: FieldProblem[] = [];
  const settings: AccountSettings = {};
  const report = (id: string, code: keyof typeof MESSAGES) =>
    problems.push({ path: `${prefix}.${id}`, code, message: MESSAGES[code] });
  const declared = new Set(fields.map((f) => f.id));
  for (const key of Object.keys(input)) if (!declared.has(key)) report(key, 'unknown-field');
  for (const field of fields) {
    const raw = Object.hasOwn(input, field.id) ? input[field.id] : field.default;
    const empty = raw === undefined || raw === null || raw === '';
    if (empty) {
      if (field.required && field.type !== 'boolean') report(field.id, 'required');
      else if (field.type === 'boolean') settings[field.id] = false;
      continue;
    }
    const value = coerceValue(field, raw);
    if (value === undefined) {
      report(field.id, 'invalid');
      continue;
    }
    if (typeof value === 'string' && value.length > TEXT_MAX) {
      report(field.id, 'too-long');
      continue;
    }
    if (!acceptable(field, value)) {
      report(field.id, 'invalid');
      continue;
    }
    settings[field.id] = value;
  }
  return { settings, problems };
}

/** The value in the field's type, or undefined when it is of another kind. */
function coerceValue(field: ProductField, raw: unknown): SettingValue | undefined {
  switch (field.type) {
    case 'boolean':
      return typeof raw === 'boolean' ? raw : undefined;
    case 'number':
      return typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
    default:
      return typeof raw === 'string' ? raw.trim() : undefined;
  }
}

function acceptable(field: ProductField, value: SettingValue): boolean {
  if (field.type === 'number') {
    const n = value as number;
    return (field.min === undefined || n >= field.min) && (field.max === undefined || n <= field.max);
  }
  if (field.type === 'select') return (field.options ?? []).some((o) => o.value === value);
  if (field.type === 'url') return isWebUrl(value as string);
  if (field.type === 'text' && field.pattern !== undefined)
    return matchesWhole(field.pattern, value as string);
  return true;
}

/** Only http(s) URLs: nothing else is ever rendered as a link. */
function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** A declaration's pattern, matched against the whole text; a broken pattern accepts nothing. */
function matchesWhole(pattern: string, text: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u').test(text);
  } catch {
    return false;
  }
}
