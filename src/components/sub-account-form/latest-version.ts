import type { Account, ProductType } from '../../api/schemas/index.js';
import { changedFields, type ChangedField } from '../../core/dialog.js';
import type { Localizer } from '../../core/localize.js';
import { rebase } from '../../core/rebase.js';
import { draftOf, type AccountDraft, type DraftField } from './draft.js';

export interface LatestVersion {
  /** The version being edited, as the admin first read it. */
  original: Account;
  latest: Account;
  type: ProductType | undefined;
  draft: AccountDraft;
  touched: ReadonlySet<DraftField>;
}

/**
 * After a 412: the draft on top of the latest version (the fields the admin changed stay as
 * typed), and what someone else changed meanwhile.
 */
export function rebaseOnLatest(
  l: Localizer,
  v: LatestVersion,
): { draft: AccountDraft; changes: ChangedField[] } {
  const before = draftOf(v.original, v.type);
  const now = draftOf(v.latest, v.type);
  const show = (value: unknown) =>
    typeof value === 'boolean' ? l.t(value ? 'common.yes' : 'common.no') : String(value ?? '');
  const fields: { field: DraftField; label: string }[] = [
    { field: 'name', label: l.t('accounts.form.name') },
    { field: 'productTypeId', label: l.t('accounts.form.productType') },
    { field: 'reference', label: l.t('accounts.form.reference') },
    { field: 'country', label: l.t('accounts.form.country') },
    { field: 'notes', label: l.t('accounts.form.notes') },
    { field: 'trial', label: l.t('accounts.form.trial') },
    { field: 'internal', label: l.t('accounts.form.internal') },
  ];
  const changes = changedFields(
    before,
    now,
    v.draft,
    v.touched,
    fields.map((f) => ({ ...f, show })),
  );
  return { draft: rebase(now, v.draft, v.touched), changes };
}
