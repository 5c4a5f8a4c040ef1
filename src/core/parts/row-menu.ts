import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** One entry of a row's action menu. */
export interface RowMenuItem {
  label: string;
  /** Runs after the menu closed; `trigger` is the menu button, for focus to return to. */
  onSelect: (trigger: HTMLElement) => void;
  tone?: 'danger';
  /** Shown but not offered; `description` says why. */
  disabled?: boolean;
  description?: string;
}

export interface RowMenuView {
  /** Unique within the shadow root. */
  id: string;
  /** The menu button's accessible name ("More actions for Uwe Nutzer"). */
  label: string;
  items: readonly RowMenuItem[];
}

const items = (menu: HTMLElement) => [...menu.querySelectorAll<HTMLElement>('[role=menuitem]')];
const invokerOf = (menu: HTMLElement) =>
  (menu.getRootNode() as ShadowRoot | Document).querySelector<HTMLElement>(`[popovertarget="${menu.id}"]`);

function onToggle(e: Event) {
  const menu = e.currentTarget as HTMLElement;
  const open = (e as ToggleEvent).newState === 'open';
  const invoker = invokerOf(menu);
  invoker?.setAttribute('aria-expanded', String(open));
  if (open) items(menu)[0]?.focus();
  else {
    const root = menu.getRootNode() as ShadowRoot;
    const active = root.activeElement;
    if (!active || menu.contains(active)) invoker?.focus();
  }
}

function onKeydown(e: KeyboardEvent) {
  const menu = e.currentTarget as HTMLElement;
  const all = items(menu);
  const at = all.indexOf((menu.getRootNode() as ShadowRoot).activeElement as HTMLElement);
  const go = (i: number) => {
    e.preventDefault();
    all[(i + all.length) % all.length]?.focus();
  };
  if (e.key === 'ArrowDown') go(at + 1);
  else if (e.key === 'ArrowUp') go(at - 1);
  else if (e.key === 'Home') go(0);
  else if (e.key === 'End') go(all.length - 1);
  else if (e.key === 'Tab') {
    e.preventDefault();
    menu.hidePopover();
  }
}

/**
 * The overflow menu of a table row ("⋯"): secondary actions in a popover `role=menu` anchored
 * to its button, so a row needs one button instead of four. Arrow keys, Home and End move,
 * Escape and Tab close it and focus returns to the button.
 */
export function rowMenu(v: RowMenuView): TemplateResult {
  const select = (item: RowMenuItem) => (e: Event) => {
    if (item.disabled) return;
    const menu = (e.currentTarget as HTMLElement).closest<HTMLElement>('[popover]')!;
    const invoker = invokerOf(menu);
    menu.hidePopover();
    if (invoker) item.onSelect(invoker);
  };
  return html`<button
      class="btn small icon menu-button"
      type="button"
      part="row-menu"
      popovertarget=${v.id}
      aria-haspopup="menu"
      aria-expanded="false"
      aria-label=${v.label}
      title=${v.label}
    >
      <span aria-hidden="true">⋯</span>
    </button>
    <div
      id=${v.id}
      class="menu"
      popover
      role="menu"
      aria-label=${v.label}
      @toggle=${onToggle}
      @keydown=${onKeydown}
    >
      ${v.items.map(
        (item) =>
          html`<button
            class="menu-item ${item.tone ?? ''}"
            type="button"
            role="menuitem"
            tabindex="-1"
            aria-disabled=${ifDefined(item.disabled ? 'true' : undefined)}
            @click=${select(item)}
          >
            <span>${item.label}</span>
            ${item.description ? html`<span class="hint">${item.description}</span>` : nothing}
          </button>`,
      )}
    </div>`;
}
