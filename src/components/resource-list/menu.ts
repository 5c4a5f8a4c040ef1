import { html, type TemplateResult } from 'lit';
import type { Resource } from '../../api/schemas/index.js';
import type { Localizer } from '../../core/localize.js';

export type MenuAction = 'move' | 'setCap' | 'removeCap' | 'rename';

export interface MenuItem {
  action: MenuAction;
  label: string;
  /** Shown, focusable and announced as unavailable (menu pattern), but does nothing. */
  disabled: boolean;
}

/**
 * The menu for `count` selected resources: a move takes any number; caps and labels change one
 * at a time, so they need `one`, the single selected resource.
 */
export function menuItems(l: Localizer, count: number, one: Resource | undefined): MenuItem[] {
  return [
    { action: 'move', label: l.t('resources.menu.move'), disabled: count === 0 },
    {
      action: 'setCap',
      label: one?.cap ? l.t('resources.menu.changeCap') : l.t('resources.menu.setCap'),
      disabled: !one?.usage,
    },
    { action: 'removeCap', label: l.t('resources.menu.removeCap'), disabled: !one?.cap },
    { action: 'rename', label: l.t('resources.menu.rename'), disabled: !one },
  ];
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
