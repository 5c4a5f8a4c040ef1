import { html, nothing, type TemplateResult } from 'lit';
import {
  renderChangedFields,
  renderFailureNotice,
  renderStaleNotice,
  type ChangedField,
} from '../../core/dialog.js';
import type { Localizer } from '../../core/localize.js';
import { stepOfPath, type StepId } from './draft.js';

/** The one message the form shows above the step. */
export type FormNotice =
  | { kind: 'invalid' }
  | { kind: 'stale' }
  | { kind: 'reloaded'; changes: ChangedField[] }
  | { kind: 'failed'; text: string }
  | { kind: 'done'; text: string }
  | { kind: 'restored' };

export interface FormNoticeView {
  l: Localizer;
  notice: FormNotice | undefined;
  labels: Record<StepId, string>;
  step: StepId;
  errors: ReadonlyMap<string, string>;
  saving: boolean;
  /** "Load latest version" after a 412. */
  onReload: () => void;
  /** "Start over" on a restored draft. */
  onDiscard: () => void;
}

/** The notice: invalid entries (naming the step they are on), 412, failure, success, restored draft. */
export function renderFormNotice(v: FormNoticeView): TemplateResult | typeof nothing {
  const { l, notice: n } = v;
  if (!n) return nothing;
  switch (n.kind) {
    case 'stale':
      return renderStaleNotice({ l, onReload: v.onReload, busy: v.saving });
    case 'reloaded':
      return renderChangedFields(l, n.changes);
    case 'invalid': {
      const first = [...v.errors.keys()].map(stepOfPath)[0];
      return html`<div class="banner error" part="error" role="alert" tabindex="-1" data-notice>
        ${l.t('accounts.form.invalid')}
        ${first && first !== v.step ? l.t('accounts.form.invalidStep', { step: v.labels[first] }) : nothing}
      </div>`;
    }
    case 'failed':
      return renderFailureNotice(n.text);
    case 'done':
      return html`<div class="banner success" part="banner" role="status" tabindex="-1" data-notice>
        ${n.text}
      </div>`;
    case 'restored':
      return html`<div class="banner info" part="banner" role="status">
        <span>${l.t('accounts.form.draftRestored')}</span>
        <button class="btn small" type="button" @click=${v.onDiscard}>
          ${l.t('accounts.form.draftDiscard')}
        </button>
      </div>`;
  }
}
