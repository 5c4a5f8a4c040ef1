import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../../core/localize.js';
import type { HelpContent } from '../help-popup/types.js';

export interface PreviewPaneView {
  l: Localizer;
  /** What the popup would show, from the draft. */
  content: HelpContent;
  /** The language being edited (the preview shows it) and its name in the form's language. */
  lang: string;
  languageName: string;
  theme: 'light' | 'dark';
  onTheme: (theme: 'light' | 'dark') => void;
}

/** The live preview beside the form: the popup as customers will see it, in light or dark. */
export function renderPreviewPane(v: PreviewPaneView): TemplateResult {
  const { l, content } = v;
  return html`<aside class="preview" part="preview" aria-labelledby="hs-preview-title">
    <h3 id="hs-preview-title">${l.t('helpSettings.preview')}</h3>
    <p class="hint">${l.t('helpSettings.preview.language', { language: v.languageName })}</p>
    <fieldset class="group segmented">
      <legend class="visually-hidden">${l.t('helpSettings.preview.theme')}</legend>
      ${(['light', 'dark'] as const).map(
        (theme) =>
          html`<label class="choice">
            <input
              type="radio"
              name="preview-theme"
              .checked=${v.theme === theme}
              @change=${() => v.onTheme(theme)}
            />
            ${l.t(`helpSettings.preview.${theme}`)}
          </label>`,
      )}
    </fieldset>
    <div class="stage" data-theme=${v.theme}>
      <tk-help-popup
        preview
        placement="inline"
        theme=${v.theme}
        locale=${v.lang}
        .settings=${content}
        @tk-help-contact=${(e: Event) => e.preventDefault()}
      ></tk-help-popup>
    </div>
    ${
      content.mode === 'link' && content.helpUrl
        ? html`<p class="hint">${l.t('helpSettings.preview.link', { url: content.helpUrl })}</p>`
        : nothing
    }
  </aside>`;
}
