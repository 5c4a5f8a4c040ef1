import { html, type TemplateResult } from 'lit';
import type { Localizer } from '../../core/localize.js';

export type MenuAction = 'move' | 'setCap' | 'removeCap' | 'rename';

export interface MenuItem {
  action: MenuAction;
  label: string;
  /** Shown, focusable and announced as unavailable (menu pattern), but does nothing. */
  disabled: boolean;
}

export interface MenuView {
  l: Localizer;
  items: readonly MenuItem[];
  /** The item that holds focus (roving focus). */
  active: number;
  onActivate: (action: MenuAction, e: Event) => void;
  onKeydown: (e: KeyboardEvent) => void;
}

/**
 * The context menu (APG menu pattern): `role=menu` of `menuitem`s with roving focus; arrows,
 * Home and End move, Enter and Space activate, Escape and Tab close. Positioned by the element.
 */
export function renderMenu(v: MenuView): TemplateResult {
  return html`<div
    class="menu"
    role="menu"
    part="menu"
    aria-label=${v.l.t('resources.menu.label')}
    @keydown=${v.onKeydown}
  >
    ${v.items.map(
      (item, i) =>
        html`<button
          class="menu-item"
          role="menuitem"
          part="menu-item"
          type="button"
          data-action=${item.action}
          tabindex=${i === v.active ? 0 : -1}
          aria-disabled=${item.disabled ? 'true' : 'false'}
          @click=${(e: Event) => !item.disabled && v.onActivate(item.action, e)}
        >
          ${item.label}
        </button>`,
    )}
  </div>`;
}

/** The item a key moves to, or undefined when the key is not the menu's. */
export function menuKeyMove(key: string, active: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowDown':
      return (active + 1) % count;
    case 'ArrowUp':
      return (active - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
