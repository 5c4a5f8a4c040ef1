import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../../core/localize.js';

export interface FormActionsView {
  l: Localizer;
  mode: 'create' | 'edit';
  /** A step before this one exists: "Back" is offered. */
  canGoBack: boolean;
  /** The review step: the submit button replaces "Next". */
  reviewing: boolean;
  saving: boolean;
  showCancel: boolean;
  onCancel: () => void;
  onBack: () => void;
}

/** Cancel (with `show-cancel`), Back, and Next or the create/save button on the review step. */
export function renderFormActions(v: FormActionsView): TemplateResult {
  const { l } = v;
  const create = v.mode === 'create';
  return html`<div class="actions">
    ${
      v.showCancel
        ? html`<button class="btn" type="button" part="cancel" @click=${v.onCancel}>
            ${l.t('common.cancel')}
          </button>`
        : nothing
    }
    <span class="forward">
      ${
        v.canGoBack
          ? html`<button class="btn" type="button" part="back" @click=${v.onBack}>
              ${l.t('accounts.form.back')}
            </button>`
          : nothing
      }
      ${
        v.reviewing
          ? html`<button class="btn primary" type="submit" part="submit" ?disabled=${v.saving}>
              ${
                v.saving
                  ? l.t(create ? 'accounts.form.creating' : 'common.saving')
                  : l.t(create ? 'accounts.form.submitCreate' : 'accounts.form.submitEdit')
              }
            </button>`
          : html`<button class="btn primary" type="submit" part="next">${l.t('accounts.form.next')}</button>`
      }
    </span>
  </div>`;
}
