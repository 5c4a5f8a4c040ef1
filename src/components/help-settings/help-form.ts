import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../../core/localize.js';
import { renderAccentField } from './accent-field.js';
import type { HelpDraft } from './help-draft.js';
import { renderLanguageTabs, type LanguageTabsView } from './language-tabs.js';

export interface HelpFormView {
  l: Localizer;
  draft: HelpDraft;
  errors: ReadonlyMap<string, string>;
  /** Everything shown, nothing changeable, no save button. */
  readOnly: boolean;
  saving: boolean;
  /** The message after saving. */
  banner: string | undefined;
  /** The problem, 412 notice or changed-fields notice above the save button. */
  notice: TemplateResult | typeof nothing;
  tabs: Omit<LanguageTabsView, 'l' | 'draft' | 'errors'>;
  onSubmit: (e: SubmitEvent) => void;
  onInput: (e: Event) => void;
  onAccent: (value: string) => void;
}

/** The settings form: mode, name and logo, per-language texts, contact, accent colour, save. */
export function renderHelpForm(v: HelpFormView): TemplateResult {
  const { l, draft: d } = v;
  return html`<form part="form" novalidate @submit=${v.onSubmit} @input=${v.onInput} @change=${v.onInput}>
    <fieldset class="plain" ?disabled=${v.readOnly}>
      <fieldset class="group">
        <legend>${l.t('helpSettings.mode')}</legend>
        ${(['popup', 'link'] as const).map(
          (mode) =>
            html`<label class="choice">
              <input type="radio" name="mode" value=${mode} data-field="mode" .checked=${d.mode === mode} />
              ${l.t(`helpSettings.mode.${mode}`)}
            </label>`,
        )}
      </fieldset>
      ${textField(v, 'displayName', l.t('helpSettings.displayName'), { required: true })}
      ${textField(v, 'logoUrl', l.t('helpSettings.logoUrl'), {
        type: 'url',
        hint: l.t('helpSettings.logoUrl.hint'),
      })}
      ${renderLanguageTabs({ l, draft: d, errors: v.errors, ...v.tabs })}
      <fieldset class="group">
        <legend>${l.t('helpSettings.contact')}</legend>
        ${textField(v, 'email', l.t('helpSettings.email'), { type: 'email' })}
        ${textField(v, 'phone', l.t('helpSettings.phone'), {
          type: 'tel',
          hint: l.t('helpSettings.phone.hint'),
        })}
        ${textField(v, 'helpUrl', l.t('helpSettings.helpUrl'), {
          type: 'url',
          hint: l.t('helpSettings.helpUrl.hint'),
          required: d.mode === 'link',
        })}
      </fieldset>
      ${renderAccentField({ l, value: d.accentColor, error: v.errors.get('accentColor'), onChange: v.onAccent })}
      <div class="footer">
        ${v.notice}
        ${
          v.banner
            ? html`<p class="banner success" part="banner" role="status" tabindex="-1">${v.banner}</p>`
            : nothing
        }
        ${
          v.readOnly
            ? nothing
            : html`<div class="actions">
                <button class="btn primary" type="submit" part="submit" ?disabled=${v.saving}>
                  ${v.saving ? l.t('common.saving') : l.t('common.save')}
                </button>
              </div>`
        }
      </div>
    </fieldset>
  </form>`;
}

function textField(
  v: HelpFormView,
  field: 'displayName' | 'logoUrl' | 'email' | 'phone' | 'helpUrl',
  label: string,
  o: { type?: 'text' | 'url' | 'email' | 'tel'; hint?: string; required?: boolean } = {},
): TemplateResult {
  const id = `hs-${field}`;
  const error = v.errors.get(field);
  const described = [o.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${id}>${label}${o.required ? html`<span aria-hidden="true"> *</span>` : nothing}</label>
    <input
      id=${id}
      name=${field}
      data-field=${field}
      type=${o.type ?? 'text'}
      dir=${o.type && o.type !== 'text' ? 'ltr' : 'auto'}
      .value=${v.draft[field]}
      ?required=${o.required}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${described || nothing}
      autocomplete="off"
    />
    ${o.hint ? html`<span class="hint" id="${id}-hint">${o.hint}</span>` : nothing}
    ${error ? html`<span class="field-error" id="${id}-error">${error}</span>` : nothing}
  </div>`;
}
