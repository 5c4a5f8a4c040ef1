import type { HelpSettings } from '../../api/schemas/index.js';
import { changedFields, type ChangedField } from '../../core/dialog.js';
import type { Localizer } from '../../core/localize.js';
import { rebase } from '../../core/rebase.js';
import { labelOf } from './field-labels.js';
import { draftOf, FIELD_ORDER, type DraftField, type HelpDraft } from './help-draft.js';

export interface LatestVersion {
  /** The version the form started from. */
  original: HelpSettings | undefined;
  latest: HelpSettings;
  typed: HelpDraft;
  touched: ReadonlySet<DraftField>;
}

/**
 * After a 412: the draft on top of the latest version (the fields this admin changed stay as
 * typed), and what someone else changed meanwhile.
 */
export function rebaseOnLatest(
  l: Localizer,
  v: LatestVersion,
): { draft: HelpDraft; changes: ChangedField[] } {
  const base = draftOf(v.original);
  const next = draftOf(v.latest);
  const show = (value: unknown) =>
    typeof value === 'object' && value
      ? Object.entries(value as Record<string, string>)
          .map(([k, text]) => `${k}: ${text}`)
          .join('; ')
      : String(value ?? '') || l.t('common.none');
  const changes = changedFields(
    base,
    next,
    v.typed,
    v.touched,
    FIELD_ORDER.map((field) => ({ field, label: labelOf(l, field), show })),
  );
  return { draft: rebase(next, v.typed, v.touched), changes };
}
