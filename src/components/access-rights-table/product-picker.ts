import { html, nothing, type TemplateResult } from 'lit';
import type { Product } from '../../api/schemas/index.js';
import { foldText } from '../../api/text-fold.js';
import type { Localizer } from '../../core/localize.js';

/** Whether the list of suggestions is open, and which option is active (for the arrow keys). */
export interface ProductPickerState {
  open: boolean;
  /** Index into the shown options; -1 for none. */
  active: number;
}

export const CLOSED_PICKER: ProductPickerState = { open: false, active: -1 };

const MAX_OPTIONS = 50;

/**
 * The platform products that match `typed` (id or name, accents and case ignored), in the locale's
 * collation order of their names.
 */
export function matchingProducts(products: readonly Product[], typed: string, locale: string): Product[] {
  const q = foldText(typed.trim());
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return products
    .filter((p) => !q || foldText(p.name).includes(q) || foldText(p.id).includes(q))
    .sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.id, b.id))
    .slice(0, MAX_OPTIONS);
}

export interface ProductPickerView {
  l: Localizer;
  value: string;
  products?: readonly Product[];
  state: ProductPickerState;
  invalid: boolean;
  describedBy: string;
  onInput: (value: string) => void;
  onState: (state: ProductPickerState) => void;
}

/**
 * The product field: an editable combobox (ARIA 1.2, list autocomplete) that suggests platform
 * products by id or name while any other text stays a valid external product id. ArrowDown opens
 * and moves, Enter picks, Escape closes the list (not the dialog), Tab leaves it.
 */
export function renderProductPicker(v: ProductPickerView): TemplateResult {
  const { l, state } = v;
  const options = v.products ? matchingProducts(v.products, v.value, l.locale) : [];
  const open = state.open && options.length > 0;
  const active = open && state.active >= 0 && state.active < options.length ? state.active : -1;
  const pick = (p: Product) => {
    v.onInput(p.id);
    v.onState({ open: false, active: -1 });
  };
  const onKeydown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!options.length) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      const next = !open
        ? step > 0
          ? 0
          : options.length - 1
        : (active + step + options.length) % options.length;
      v.onState({ open: true, active: next });
    } else if (e.key === 'Enter' && open && active >= 0) {
      e.preventDefault();
      pick(options[active]!);
    } else if (e.key === 'Escape' && state.open) {
      // Closes the list only; the dialog stays.
      e.preventDefault();
      e.stopPropagation();
      v.onState({ open: false, active: -1 });
    }
  };
  const optionId = (i: number) => `f-productId-option-${i}`;
  return html`<div class="combobox">
    <input
      id="f-productId"
      name="productId"
      type="text"
      role="combobox"
      aria-label=${l.t('accessRights.form.productId')}
      autocomplete="off"
      aria-autocomplete="list"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="f-productId-list"
      aria-activedescendant=${active >= 0 ? optionId(active) : nothing}
      .value=${v.value}
      required
      aria-invalid=${v.invalid ? 'true' : 'false'}
      aria-describedby=${v.describedBy || nothing}
      @input=${(e: Event) => {
        v.onInput((e.target as HTMLInputElement).value);
        v.onState({ open: true, active: -1 });
      }}
      @keydown=${onKeydown}
      @blur=${() => v.onState({ open: false, active: -1 })}
    />
    <ul
      id="f-productId-list"
      class="listbox"
      role="listbox"
      part="product-options"
      aria-label=${l.t('accessRights.form.products')}
      ?hidden=${!open}
    >
      ${
        open
          ? options.map(
              (p, i) =>
                // Options are never focused (aria-activedescendant): the input handles the keys.
                // eslint-disable-next-line lit-a11y/click-events-have-key-events
                html`<li
                  id=${optionId(i)}
                  role="option"
                  class=${i === active ? 'active' : ''}
                  aria-selected=${i === active ? 'true' : 'false'}
                  @mousedown=${(e: Event) => e.preventDefault()}
                  @click=${() => pick(p)}
                >
                  <span class="option-name">${p.name}</span> <span class="option-id">${p.id}</span>
                </li>`,
            )
          : nothing
      }
    </ul>
  </div>`;
}
