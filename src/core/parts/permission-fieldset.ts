import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../localize.js';

/** Reseller-written text: a plain string or a map by language (`LocalizedText`). */
type Text = string | Readonly<Record<string, string>>;

/** One entry of the permission catalog, as far as the fieldset needs it. */
export interface PermissionEntry {
  id: string;
  group: Text;
  label: Text;
  description?: Text | null;
}

export interface PermissionFieldsetView {
  l: Localizer;
  /** The catalog; undefined while it loads. */
  catalog: readonly PermissionEntry[] | undefined;
  /** The ids that are checked. */
  selected: readonly string[];
  /** The catalog could not be loaded: say so and offer `onRetry`. */
  failed?: boolean;
  /** Asks for the catalog again after a failure. */
  onRetry?: () => void;
  /** Called with the new selection after a box was (un)checked; the native `change` also bubbles. */
  onChange?: (selected: string[]) => void;
  /** The legend; defaults to the core "Permissions". */
  legend?: string;
  /** The checkboxes' `name` (default `permission`), so a form's own `input` listener can see them. */
  name?: string;
  /** Prefix for element ids (`<prefix>-permissions-error`); unique within the shadow root. */
  idPrefix: string;
  /** The field's error message, shown under the boxes and referenced by `aria-describedby`. */
  error?: string;
  disabled?: boolean;
}

/** The catalog grouped by its (localized) group, in catalog order. */
export function groupPermissions(
  l: Localizer,
  catalog: readonly PermissionEntry[],
): [group: string, items: PermissionEntry[]][] {
  const groups = new Map<string, PermissionEntry[]>();
  for (const p of catalog) {
    const group = l.pick(p.group);
    groups.set(group, [...(groups.get(group) ?? []), p]);
  }
  return [...groups];
}

/**
 * The grouped permission checkboxes of every form that assigns permissions (the user form, the
 * sub-account's primary admin): group, label and description in the element's language, a
 * loading line, and a "could not be loaded" line with Try again. The fieldset carries
 * `data-field="permissions"` so a form can focus it when the field is invalid.
 */
export function permissionFieldset(v: PermissionFieldsetView): TemplateResult {
  const { l } = v;
  const name = v.name ?? 'permission';
  const errorId = `${v.idPrefix}-permissions-error`;
  let body: TemplateResult;
  if (v.failed)
    body = html`<p class="field-error perm-failed">
      <span>${l.t('permissions.loadError')}</span>
      ${
        v.onRetry
          ? html`<button class="btn" type="button" @click=${v.onRetry}>${l.t('common.retry')}</button>`
          : nothing
      }
    </p>`;
  else if (!v.catalog) body = html`<p class="hint" role="status">${l.t('common.loading')}</p>`;
  else if (!v.catalog.length) body = html`<p class="hint">${l.t('permissions.none')}</p>`;
  else {
    const change = (e: Event) => {
      const input = e.target as HTMLInputElement;
      const others = v.selected.filter((id) => id !== input.value);
      v.onChange?.(input.checked ? [...others, input.value] : others);
    };
    body = html`${groupPermissions(l, v.catalog).map(
      ([group, items]) =>
        html`<div class="perm-group" role="group" aria-label=${group}>
          <span class="perm-group-title" aria-hidden="true">${group}</span>
          ${items.map((p) => {
            const description = l.pick(p.description);
            return html`<label class="choice">
              <input
                type="checkbox"
                name=${name}
                value=${p.id}
                .checked=${v.selected.includes(p.id)}
                ?disabled=${v.disabled}
                @change=${change}
              />
              <span>
                <span class="choice-label">${l.pick(p.label)}</span>
                ${description ? html`<span class="hint">${description}</span>` : nothing}
              </span>
            </label>`;
          })}
        </div>`,
    )}`;
  }
  return html`<fieldset
    class="group"
    data-field="permissions"
    part="permissions"
    aria-describedby=${v.error ? errorId : nothing}
  >
    <legend>${v.legend ?? l.t('permissions.legend')}</legend>
    ${body} ${v.error ? html`<span class="field-error" id=${errorId}>${v.error}</span>` : nothing}
  </fieldset>`;
}
