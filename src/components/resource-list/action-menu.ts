import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Localizer } from '../../core/localize.js';
import { menuKeyMove, renderMenu, type MenuAction, type MenuItem } from './menu.js';

interface MenuState {
  /** Viewport position of the menu's start corner. */
  x: number;
  y: number;
  active: number;
  /** Where focus goes back to when the menu closes without an action. */
  returnTo?: HTMLElement;
}

/** What the actions menu needs of the list; every callback is read when needed. */
export interface ActionMenuOptions {
  l: () => Localizer;
  /** The rendered menu (`.menu`). */
  menu: () => HTMLElement | undefined;
  items: () => MenuItem[];
  /** Where focus goes when the control that opened the menu is gone. */
  fallbackFocus: () => HTMLElement | null;
  /** Whether the element is right-to-left: the menu opens from the inline start. */
  rtl: () => boolean;
  /** An item was chosen; the menu is closed, `trigger` opened it. */
  onActivate: (action: MenuAction, trigger?: HTMLElement) => void;
}

/**
 * The open state of the actions menu: where it opens, keeping it inside the viewport, its roving
 * focus, and closing it on Escape, Tab or a pointer outside.
 */
export class ActionMenu {
  private state?: MenuState;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ActionMenuOptions,
  ) {}

  get open(): boolean {
    return !!this.state;
  }

  /** Opens under `button`, at its inline start (the "Actions" button). */
  showBelow(button: HTMLElement): Promise<void> {
    const rect = button.getBoundingClientRect();
    return this.show(this.startX(rect), rect.bottom + 4, button);
  }

  /** Opens at the pointer (a right-click on `row`). */
  showAtPointer(e: MouseEvent, row: HTMLElement | undefined): Promise<void> {
    return this.show(this.options.rtl() ? window.innerWidth - e.clientX : e.clientX, e.clientY, row);
  }

  /** Opens under `row`, a little in from its start (the Menu key, Shift+F10). */
  showAtRow(row: HTMLElement | undefined): Promise<void> {
    const rect = row?.getBoundingClientRect();
    return this.show(rect ? this.startX(rect) + 32 : 32, rect ? rect.bottom : 32, row);
  }

  private async show(x: number, y: number, returnTo?: HTMLElement): Promise<void> {
    this.set({ x, y, active: 0, returnTo });
    await this.host.updateComplete;
    this.focusItem(0);
    document.addEventListener('pointerdown', this.onOutsidePointer, true);
  }

  close(returnFocus: boolean): void {
    const target = this.state?.returnTo;
    this.set(undefined);
    document.removeEventListener('pointerdown', this.onOutsidePointer, true);
    if (returnFocus) (target?.isConnected ? target : this.options.fallbackFocus())?.focus();
  }

  /** Keeps the menu inside the viewport; call after each render. */
  place(): void {
    const m = this.state;
    const el = this.options.menu();
    if (!m || !el) return;
    const width = el.offsetWidth;
    const height = el.offsetHeight;
    const x = Math.max(4, Math.min(m.x, window.innerWidth - width - 4));
    const y = Math.max(4, Math.min(m.y, window.innerHeight - height - 4));
    el.style.setProperty('--_menu-x', `${x}px`);
    el.style.setProperty('--_menu-y', `${y}px`);
  }

  render(): TemplateResult | typeof nothing {
    if (!this.state) return nothing;
    return renderMenu({
      l: this.options.l(),
      items: this.options.items(),
      active: this.state.active,
      onActivate: this.onActivate,
      onKeydown: this.onKeydown,
    });
  }

  /** The inline-start coordinate of a rectangle, measured from the viewport's start edge. */
  private startX(rect: DOMRect): number {
    return this.options.rtl() ? window.innerWidth - rect.right : rect.left;
  }

  private set(m: MenuState | undefined): void {
    this.state = m;
    this.host.requestUpdate();
  }

  private focusItem(index: number): void {
    this.options.menu()?.querySelectorAll<HTMLElement>('[role=menuitem]')[index]?.focus();
  }

  private onOutsidePointer = (e: PointerEvent): void => {
    const el = this.options.menu();
    if (el && e.composedPath().includes(el)) return;
    this.close(false);
  };

  private onKeydown = (e: KeyboardEvent): void => {
    const m = this.state;
    if (!m) return;
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      return this.close(true);
    }
    if (e.key === 'Tab') return this.close(false);
    const next = menuKeyMove(e.key, m.active, this.options.items().length);
    if (next === undefined) return;
    e.preventDefault();
    this.set({ ...m, active: next });
    this.focusItem(next);
  };

  private onActivate = (action: MenuAction): void => {
    const trigger = this.state?.returnTo;
    this.close(false);
    this.options.onActivate(action, trigger);
  };
}
