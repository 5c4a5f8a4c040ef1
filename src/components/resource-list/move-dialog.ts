import { html, nothing, type TemplateResult } from 'lit';
import type { ResourceMoveResult } from '../../api/schemas/index.js';
import { renderFailureNotice } from '../../core/dialog.js';
import type { Localizer, TextKey } from '../../core/localize.js';
import { problemText } from '../../core/states.js';
import type { MoveDialog } from './dialog-state.js';
import { renderPicker, type PickerAccount, type PickerView } from './picker.js';

export interface MoveDialogView {
  l: Localizer;
  dialog: MoveDialog;
  /** The accounts the picker's search leaves. */
  shown: readonly PickerAccount[];
  picker: Pick<PickerView, 'onSearch' | 'onKeydown' | 'onChoose' | 'onRetry'>;
  onCancel: () => void;
  onSubmit: () => void;
  /** Closes the result of a partly failed move. */
  onClose: () => void;
  /** The identifier of a resource the result names by id. */
  identifierOf: (id: string) => string;
}

/** "Move N resources to…": the account picker, then the per-resource result when some failed. */
export function renderMoveDialog(v: MoveDialogView): TemplateResult {
  const l = v.l;
  const d = v.dialog;
  if (d.result) return renderMoveResult(v, d.result);
  const shown = v.shown;
  const chosen = d.accounts?.find((a) => a.id === d.chosen);
  const count = { count: d.count };
  const total = { total: d.count };
  return html`<h2 id="dialog-title">
      ${d.countExact ? l.t('resources.move.title', count) : l.t('resources.move.titleMore', total)}
    </h2>
    <p class="hint">${l.t('resources.move.explain')}</p>
    ${renderPicker(
      {
        l,
        accounts: d.accounts,
        error: d.loadError,
        q: d.q,
        active: Math.min(d.active, Math.max(0, shown.length - 1)),
        chosen: d.chosen,
        ...v.picker,
      },
      shown,
    )}
    <p class="chosen" role="status">
      ${chosen ? l.t('resources.move.chosen', { name: chosen.name }) : l.t('resources.move.chooseHint')}
    </p>
    <div class="dialog-footer">
      ${d.error !== undefined ? renderFailureNotice(problemText(l, d.error)) : nothing}
      <div class="dialog-actions">
        <button class="btn" type="button" @click=${v.onCancel}>${l.t('common.cancel')}</button>
        <button
          class="btn primary"
          type="button"
          part="submit"
          ?disabled=${d.busy || !chosen}
          @click=${v.onSubmit}
        >
          ${
            d.busy
              ? l.t('resources.move.moving')
              : d.countExact
                ? l.t('resources.move.confirm', count)
                : l.t('resources.move.confirmMore', total)
          }
        </button>
      </div>
    </div>`;
}

function renderMoveResult(v: MoveDialogView, result: ResourceMoveResult): TemplateResult {
  const l = v.l;
  const failed = result.results.filter((r) => r.outcome === 'failed');
  return html`<h2 id="dialog-title">${l.t('resources.moved.partTitle')}</h2>
    <div class="banner warning" role="alert" tabindex="-1" data-notice>
      ${l.t('resources.moved.summary', { count: result.moved, name: v.dialog.toName ?? '' })}
      ${l.t('resources.moved.failedCount', { count: failed.length })}
    </div>
    <ul class="results" part="results">
      ${failed.map(
        (f) => html`<li><span class="mono">${v.identifierOf(f.id)}</span>: ${l.t(failureKey(f.code))}</li>`,
      )}
    </ul>
    <p class="hint">${l.t('resources.moved.keptSelected')}</p>
    <div class="dialog-actions">
      <button class="btn primary" type="button" data-autofocus @click=${v.onClose}>
        ${l.t('common.close')}
      </button>
    </div>`;
}

/** The catalog key that says why one resource of a move failed. */
function failureKey(code: string | undefined): TextKey {
  if (code === 'not-found') return 'resources.moved.notFound';
  if (code === 'changed') return 'resources.moved.changed';
  return 'resources.moved.failed';
}
