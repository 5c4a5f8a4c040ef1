import type { FieldProblem } from '../../api/schemas/index.js';
import { fieldMessages } from '../../core/field-errors.js';
import type { Localizer } from '../../core/localize.js';
import { FIELD_ORDER } from './draft.js';

/** Problems as messages by path, in the form's own words for the codes only accounts have. */
export function problemMessages(l: Localizer, problems: readonly FieldProblem[]): Map<string, string> {
  const messages = fieldMessages(l, problems);
  for (const p of problems) {
    if (p.code === 'taken' && p.path === 'name') messages.set(p.path, l.t('accounts.form.nameTaken'));
    if (p.code === 'taken' && p.path === 'primaryAdmin.email')
      messages.set(p.path, l.t('accounts.form.adminEmailTaken'));
    if (p.code === 'unknown-country') messages.set(p.path, l.t('accounts.form.countryUnknown'));
    if (p.code === 'one_per_reseller') messages.set(p.path, l.t('accounts.form.internalTaken'));
    if (p.code === 'locked') messages.set(p.path, l.t('accounts.form.lockedWarning'));
  }
  return messages;
}

/** The path of the first field with a problem, in the order the fields appear. */
export function firstProblemPath(paths: readonly string[]): string | undefined {
  return (
    FIELD_ORDER.map((f) => paths.find((p) => p === f || p.startsWith(`${f}.`))).find(Boolean) ?? paths[0]
  );
}

/** The control of the field at `path` (the first one inside a group), else the notice. */
export function problemFocus(root: ParentNode, path: string): HTMLElement | null {
  const field = root.querySelector<HTMLElement>(`[data-field="${path}"]`);
  return field && field.matches('input, select, textarea')
    ? field
    : (field?.querySelector<HTMLElement>('input, select, textarea') ??
        root.querySelector<HTMLElement>('[data-notice]'));
}
