import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../../core/localize.js';
import { AA_TEXT_CONTRAST, contrastRatio, DARK_TEXT, LIGHT_TEXT, parseHex } from '../help-popup/contrast.js';

export interface AccentFieldView {
  l: Localizer;
  /** As typed: `#rrggbb`, something invalid, or empty (the portal's own colour). */
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

/** The ratio rounded down to one decimal, so that a shown "4.5" always passes. */
const shownRatio = (l: Localizer, ratio: number) =>
  l.number(Math.floor(ratio * 10) / 10, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A colour input and a hex field for the accent colour, with its contrast against white and dark text. */
export function renderAccentField(v: AccentFieldView): TemplateResult {
  const { l } = v;
  const hex = v.value.trim();
  const valid = parseHex(hex) ? hex.toLowerCase() : undefined;
  const checks = valid
    ? [
        {
          key: 'helpSettings.contrast.white' as const,
          ratio: contrastRatio(valid, LIGHT_TEXT),
          sample: 'light',
        },
        {
          key: 'helpSettings.contrast.dark' as const,
          ratio: contrastRatio(valid, DARK_TEXT),
          sample: 'dark',
        },
      ]
    : [];
  const unreadable = checks.length > 0 && checks.every((c) => c.ratio < AA_TEXT_CONTRAST);
  return html`<fieldset class="group accent">
    <legend>${l.t('helpSettings.accent')}</legend>
    <div class="accent-row">
      <input
        type="color"
        id="hs-accent-picker"
        aria-label=${l.t('helpSettings.accent.picker')}
        .value=${valid ?? '#1f5bd8'}
        @input=${(e: Event) => {
          e.stopPropagation();
          v.onChange((e.target as HTMLInputElement).value);
        }}
        @change=${(e: Event) => e.stopPropagation()}
      />
      <div class="field">
        <label for="hs-accent-hex">${l.t('helpSettings.accent.hex')}</label>
        <input
          id="hs-accent-hex"
          data-field="accentColor"
          dir="ltr"
          autocomplete="off"
          spellcheck="false"
          maxlength="7"
          placeholder="#rrggbb"
          .value=${v.value}
          aria-invalid=${v.error ? 'true' : 'false'}
          aria-describedby="hs-accent-hint${v.error ? ' hs-accent-error' : ''} hs-contrast"
          @input=${(e: Event) => {
            e.stopPropagation();
            v.onChange((e.target as HTMLInputElement).value);
          }}
          @change=${(e: Event) => e.stopPropagation()}
        />
      </div>
      ${
        hex
          ? html`<button class="btn" type="button" @click=${() => v.onChange('')}>
              ${l.t('helpSettings.accent.clear')}
            </button>`
          : nothing
      }
    </div>
    <span class="hint" id="hs-accent-hint">${l.t('helpSettings.accent.hint')}</span>
    ${v.error ? html`<span class="field-error" id="hs-accent-error">${v.error}</span>` : nothing}
    <ul class="contrast" id="hs-contrast" aria-live="polite">
      ${checks.map(
        (c) =>
          html`<li class=${c.ratio >= AA_TEXT_CONTRAST ? 'pass' : 'fail'}>
            <span class="sample ${c.sample}" aria-hidden="true"></span>
            ${l.t(c.key, { ratio: shownRatio(l, c.ratio) })} —
            ${c.ratio >= AA_TEXT_CONTRAST ? l.t('helpSettings.contrast.pass') : l.t('helpSettings.contrast.fail')}
          </li>`,
      )}
    </ul>
    ${unreadable ? html`<p class="banner warning" role="alert">${l.t('helpSettings.contrast.none')}</p>` : nothing}
  </fieldset>`;
}
