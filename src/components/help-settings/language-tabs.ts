import { html, nothing, type TemplateResult } from 'lit';
import { languageName } from '../../core/language-name.js';
import type { Localizer } from '../../core/localize.js';
import type { HelpDraft } from './help-draft.js';

export interface LanguageTabsView {
  l: Localizer;
  draft: HelpDraft;
  languages: readonly string[];
  /** The language being edited (and previewed). */
  selected: string;
  errors: ReadonlyMap<string, string>;
  newTag: string;
  tagError?: string;
  /** `focus`: moved by keyboard, so the new tab takes focus. */
  onSelect: (lang: string, focus: boolean) => void;
  onTagInput: (value: string) => void;
  onAddTag: () => void;
}

/** Arrow keys move along the tabs (mirrored in right-to-left), Home and End jump to the ends. */
function onTabKey(e: KeyboardEvent, v: LanguageTabsView) {
  const index = v.languages.indexOf(v.selected);
  const rtl = getComputedStyle(e.currentTarget as Element).direction === 'rtl';
  const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[e.key];
  let next: number | undefined;
  if (step !== undefined) next = (index + step + v.languages.length) % v.languages.length;
  else if (e.key === 'Home') next = 0;
  else if (e.key === 'End') next = v.languages.length - 1;
  if (next === undefined) return;
  e.preventDefault();
  v.onSelect(v.languages[next]!, true);
}

/**
 * The per-language message and opening hours: a tab per language (the four offered ones and any
 * added BCP 47 tag), the selected language's two fields, and "add a language".
 */
export function renderLanguageTabs(v: LanguageTabsView): TemplateResult {
  const { l, draft, selected, errors } = v;
  const messageError = errors.get(`message.${selected}`) ?? errors.get('message');
  const hoursError = errors.get(`hours.${selected}`) ?? errors.get('hours');
  const hasText = (lang: string) => Boolean(draft.message[lang]?.trim() || draft.hours[lang]?.trim());
  const hasError = (lang: string) => errors.has(`message.${lang}`) || errors.has(`hours.${lang}`);
  return html`<fieldset class="group texts">
    <legend>${l.t('helpSettings.texts')}</legend>
    <div
      class="tabs"
      role="tablist"
      part="tabs"
      aria-label=${l.t('helpSettings.languages')}
      @keydown=${(e: KeyboardEvent) => onTabKey(e, v)}
    >
      ${v.languages.map(
        (lang) =>
          html`<button
            type="button"
            role="tab"
            part="tab"
            id="hs-tab-${lang}"
            data-lang=${lang}
            class=${hasError(lang) ? 'invalid' : ''}
            aria-selected=${lang === selected ? 'true' : 'false'}
            aria-controls="hs-texts"
            tabindex=${lang === selected ? '0' : '-1'}
            @click=${() => v.onSelect(lang, false)}
          >
            <span lang=${lang}>${languageName(l, lang)}</span>
            <span class="tag">${lang}</span>
            ${hasText(lang) ? nothing : html`<span class="visually-hidden">(${l.t('helpSettings.noText')})</span>`}
            ${hasError(lang) ? html`<span class="mark" aria-hidden="true">!</span>` : nothing}
          </button>`,
      )}
    </div>
    <div class="tabpanel" role="tabpanel" id="hs-texts" aria-labelledby="hs-tab-${selected}">
      <div class="field">
        <label for="hs-message">${l.t('helpSettings.message')}</label>
        <textarea
          id="hs-message"
          name="message"
          data-field="message"
          rows="5"
          lang=${selected}
          dir="auto"
          .value=${draft.message[selected] ?? ''}
          aria-invalid=${messageError ? 'true' : 'false'}
          aria-describedby="hs-message-hint${messageError ? ' hs-message-error' : ''}"
        ></textarea>
        <span class="hint" id="hs-message-hint">${l.t('helpSettings.message.hint')}</span>
        ${messageError ? html`<span class="field-error" id="hs-message-error">${messageError}</span>` : nothing}
      </div>
      <div class="field">
        <label for="hs-hours">${l.t('helpSettings.hours')}</label>
        <input
          id="hs-hours"
          name="hours"
          data-field="hours"
          lang=${selected}
          dir="auto"
          autocomplete="off"
          .value=${draft.hours[selected] ?? ''}
          aria-invalid=${hoursError ? 'true' : 'false'}
          aria-describedby=${hoursError ? 'hs-hours-error' : nothing}
        />
        ${hoursError ? html`<span class="field-error" id="hs-hours-error">${hoursError}</span>` : nothing}
      </div>
      <p class="hint">${l.t('helpSettings.fallback')}</p>
    </div>
    <div class="add-language">
      <div class="field">
        <label for="hs-new-tag">${l.t('helpSettings.addLanguage.tag')}</label>
        <input
          id="hs-new-tag"
          dir="ltr"
          autocomplete="off"
          spellcheck="false"
          .value=${v.newTag}
          aria-invalid=${v.tagError ? 'true' : 'false'}
          aria-describedby="hs-new-tag-hint${v.tagError ? ' hs-new-tag-error' : ''}"
          @input=${(e: Event) => {
            e.stopPropagation();
            v.onTagInput((e.target as HTMLInputElement).value);
          }}
          @change=${(e: Event) => e.stopPropagation()}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            v.onAddTag();
          }}
        />
        <span class="hint" id="hs-new-tag-hint">${l.t('helpSettings.addLanguage.hint')}</span>
        ${v.tagError ? html`<span class="field-error" id="hs-new-tag-error">${v.tagError}</span>` : nothing}
      </div>
      <button class="btn" type="button" @click=${v.onAddTag}>${l.t('helpSettings.addLanguage')}</button>
    </div>
  </fieldset>`;
}
