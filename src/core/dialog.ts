import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Localizer } from './localize.js';

/** How one dialog of an element behaves; every callback is read when it is needed. */
export interface DialogOptions {
  /** The native `<dialog>` in the element's shadow root. */
  dialog: () => HTMLDialogElement | null | undefined;
  /** True while the form holds edits that were not saved: closing asks first. */
  dirty?: () => boolean;
  /** True while a request runs: Escape and Cancel do nothing then. */
  busy?: () => boolean;
  /** Where focus goes when the control that opened the dialog is gone (its row was deleted). */
  fallbackFocus?: () => HTMLElement | null | undefined;
  /** After the dialog closed, whichever way (Save, Cancel, Escape, Discard). */
  onClosed?: () => void;
}

/** How the `<dialog>` of `DialogController.render` is named and found. */
export interface DialogShell {
  /** The dialog's id, where the element has more than one (`#user-dialog`). */
  id?: string;
  class?: string;
  /** The id of the dialog's heading (`aria-labelledby`)... */
  labelledBy?: string;
  /** ...or its name, when the content brings no heading of its own (`aria-label`). */
  label?: string;
}

/** What can take focus inside a dialog, in document order. */
const FOCUSABLE =
  'input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/**
 * The one dialog behaviour of every tenantkit element, around a native modal `<dialog>`:
 * - opening remembers the trigger; closing returns focus there, or to `fallbackFocus` when the
 *   trigger is gone, so focus never drops to `<body>`;
 * - the first focus goes to `[data-autofocus]` (destructive confirmations put it on Cancel), else
 *   the first field;
 * - Escape, the Cancel button (`requestClose()`) and the browser's close request ask "discard your
 *   changes?" while the form is `dirty`, and do nothing while `busy`;
 * - `focusNotice()` brings a notice (a 412, a failure) into view and moves focus to it.
 *
 * Render the dialog with `c.render(shell, content)` (the one `<dialog part="dialog">` with these
 * handlers), and `c.renderDiscardPrompt(l)` in its footer.
 */
export class DialogController implements ReactiveController {
  /** True while the "discard your changes?" question is shown. */
  asking = false;
  private trigger?: HTMLElement;
  /** Focus has not gone back yet since the dialog opened. */
  private returnPending = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DialogOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.trigger = undefined;
  }

  get isOpen(): boolean {
    return !!this.options.dialog()?.open;
  }

  /**
   * Opens the dialog modally; focus returns to `trigger` when it closes. Call after the content
   * was requested to render: this waits for the host's update first.
   */
  async open(trigger?: Element | EventTarget | null): Promise<void> {
    if (trigger instanceof HTMLElement) this.trigger = trigger;
    this.returnPending = true;
    this.asking = false;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.options.dialog();
    // Gone meanwhile (the element removed while its dialog's code loaded): nothing to open.
    if (!dialog?.isConnected) return;
    if (!dialog.open) dialog.showModal();
    const first =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
  }

  /** Cancel, Escape: closes, after asking when there are unsaved edits. */
  requestClose(): void {
    if (this.options.busy?.()) return;
    if (this.options.dirty?.() && !this.asking) return void this.ask();
    this.close();
  }

  /** Closes without asking (after a save, or "discard"). */
  close(): void {
    this.asking = false;
    const dialog = this.options.dialog();
    if (dialog?.open) dialog.close();
  }

  /** Returns focus to the trigger (or the fallback) now, e.g. before an action removes the trigger. */
  restoreFocus(): void {
    if (!this.returnPending) return;
    this.returnPending = false;
    const target = this.trigger;
    this.trigger = undefined;
    if (target?.isConnected) target.focus();
    else this.options.fallbackFocus?.()?.focus();
  }

  /** Brings the first `[data-notice]` in the dialog into view and focuses it, after the host rendered it. */
  async focusNotice(): Promise<void> {
    await this.host.updateComplete;
    const notice = this.options.dialog()?.querySelector<HTMLElement>('[data-notice]');
    if (!notice) return;
    notice.scrollIntoView?.({ block: 'nearest' });
    notice.focus();
  }

  /** Escape is handled here rather than by the browser, so it can ask (a second Escape keeps editing). */
  readonly onKeydown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    if (this.asking) {
      e.preventDefault();
      e.stopPropagation();
      void this.keepEditing();
      return;
    }
    if (this.options.busy?.() || this.options.dirty?.()) {
      e.preventDefault();
      e.stopPropagation();
      this.requestClose();
    }
  };

  /** The browser's own close request (Escape when keydown was not handled, a back gesture). */
  readonly onCancel = (e: Event): void => {
    if (this.options.busy?.()) return e.preventDefault();
    if (this.options.dirty?.()) {
      e.preventDefault();
      if (!this.asking) this.ask();
    }
  };

  readonly onClose = (): void => {
    // `close` is queued: the dialog may already be open again.
    if (this.options.dialog()?.open) return;
    this.asking = false;
    this.options.onClosed?.();
    this.host.requestUpdate();
    this.restoreFocus();
  };

  /**
   * The native `<dialog part="dialog">` this controller runs, around `content` (`nothing` while
   * closed: the dialog stays in place, empty, so `open()` finds it).
   */
  render(shell: DialogShell, content: TemplateResult | typeof nothing): TemplateResult {
    return html`<dialog
      id=${ifDefined(shell.id)}
      class=${ifDefined(shell.class)}
      part="dialog"
      aria-labelledby=${ifDefined(shell.labelledBy)}
      aria-label=${ifDefined(shell.label)}
      @keydown=${this.onKeydown}
      @cancel=${this.onCancel}
      @close=${this.onClose}
    >
      ${content}
    </dialog>`;
  }

  /** The question shown while `asking`; render it in the dialog's footer, above the buttons. */
  renderDiscardPrompt(l: Localizer): TemplateResult | typeof nothing {
    if (!this.asking) return nothing;
    return html`<div
      class="banner warning discard"
      part="discard"
      role="group"
      aria-labelledby="tk-discard-title"
      aria-describedby="tk-discard-body"
    >
      <strong id="tk-discard-title">${l.t('dialog.discard.title')}</strong>
      <span id="tk-discard-body">${l.t('dialog.discard.body')}</span>
      <span class="banner-actions">
        <button class="btn" type="button" data-keep @click=${() => this.keepEditing()}>
          ${l.t('dialog.discard.keep')}
        </button>
        <button class="btn danger" type="button" @click=${() => this.close()}>
          ${l.t('dialog.discard.confirm')}
        </button>
      </span>
    </div>`;
  }

  private async ask(): Promise<void> {
    this.asking = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.options.dialog()?.querySelector<HTMLElement>('[data-keep]')?.focus();
  }

  private async keepEditing(): Promise<void> {
    this.asking = false;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.options.dialog();
    (
      dialog?.querySelector<HTMLElement>('[aria-invalid=true]') ??
      dialog?.querySelector<HTMLElement>(FOCUSABLE)
    )?.focus();
  }
}

/** One field that differs between the version the admin started from and the one now saved. */
export interface ChangedField {
  /** The field's label, in the element's language. */
  label: string;
  /** What the admin typed, or undefined when the admin left the field alone (the saved value is shown). */
  yours: string | undefined;
  /** The value now saved on the server. */
  saved: string;
}

/**
 * The fields someone else changed: each field whose value in `latest` differs from `original`,
 * with what the admin typed (when they changed it too). `show` turns a value into display text.
 */
export function changedFields<T extends object>(
  original: T,
  latest: T,
  typed: T,
  touched: ReadonlySet<keyof T> | readonly (keyof T)[],
  fields: readonly { field: keyof T; label: string; show?: (value: T[keyof T]) => string }[],
): ChangedField[] {
  const mine = new Set(touched);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return fields
    .filter(({ field }) => !same(original[field], latest[field]))
    .map(({ field, label, show = String }) => ({
      label,
      yours: mine.has(field) && !same(typed[field], latest[field]) ? show(typed[field]) : undefined,
      saved: show(latest[field]),
    }));
}

export interface StaleNoticeView {
  l: Localizer;
  /** "Load latest version". */
  onReload: () => void;
  busy?: boolean;
}

/**
 * A request's failure in a dialog or form: an alert that `DialogController.focusNotice()` (or the
 * form) moves focus to (`data-notice`).
 */
export function renderFailureNotice(text: unknown): TemplateResult {
  return html`<div class="banner error" part="error" role="alert" tabindex="-1" data-notice>${text}</div>`;
}

/**
 * The 412 notice: "changed by someone else", with "load latest version". It carries
 * `data-notice` so that `DialogController.focusNotice()` moves focus to it; render it in the
 * dialog's footer, beside the button the admin just pressed.
 */
export function renderStaleNotice(v: StaleNoticeView): TemplateResult {
  const { l } = v;
  return html`<div class="banner error" part="error stale" role="alert" tabindex="-1" data-notice>
    <strong>${l.t('stale.title')}</strong>
    <span>${l.t('stale.body')}</span>
    <span class="banner-actions">
      <button class="btn" type="button" ?disabled=${v.busy} @click=${v.onReload}>
        ${l.t('stale.reload')}
      </button>
    </span>
  </div>`;
}

/**
 * After "load latest version": what the other admin changed, per field "yours / now saved".
 * Focusable (`data-notice`) so focus can land on it.
 */
export function renderChangedFields(l: Localizer, changes: readonly ChangedField[]): TemplateResult {
  return html`<div class="banner info changes" part="changes" role="status" tabindex="-1" data-notice>
    <strong>${l.t(changes.length ? 'stale.changed' : 'stale.unchanged')}</strong>
    ${
      changes.length
        ? html`<table class="change-list">
              <thead>
                <tr>
                  <th scope="col">${l.t('stale.field')}</th>
                  <th scope="col">${l.t('stale.yours')}</th>
                  <th scope="col">${l.t('stale.saved')}</th>
                </tr>
              </thead>
              <tbody>
                ${changes.map(
                  (c) =>
                    html`<tr>
                      <th scope="row">${c.label}</th>
                      <td>${c.yours ?? html`<span class="hint">${l.t('stale.notYours')}</span>`}</td>
                      <td>${c.saved}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
            <span class="hint">${l.t('stale.kept')}</span>`
        : nothing
    }
  </div>`;
}

export interface ConfirmationView {
  l: Localizer;
  /** The id of the heading, for the dialog's `aria-labelledby`. */
  titleId: string;
  title: string;
  body: TemplateResult | string;
  confirmLabel: string;
  /** `danger` for destructive actions. Focus always starts on Cancel. */
  tone?: 'primary' | 'danger';
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The body of a confirmation dialog: heading, text, Cancel (first focus: `data-autofocus`) and the
 * confirming button (`::part(confirm)`). Put it inside a `<dialog>` run by a `DialogController`.
 */
export function renderConfirmation(v: ConfirmationView): TemplateResult {
  return html`<h2 id=${v.titleId}>${v.title}</h2>
    ${typeof v.body === 'string' ? html`<p>${v.body}</p>` : v.body}
    <div class="dialog-actions">
      <button class="btn" type="button" data-autofocus @click=${v.onCancel}>${v.l.t('common.cancel')}</button>
      <button
        class="btn primary ${v.tone === 'danger' ? 'danger' : ''}"
        type="button"
        part="confirm"
        ?disabled=${v.busy}
        @click=${v.onConfirm}
      >
        ${v.confirmLabel}
      </button>
    </div>`;
}

/** One problem of a form's summary: the field by name, its message, and how to get there. */
export interface SummaryItem {
  /** The field's label, or the server's name for a field the form does not show. */
  label: string;
  message: string;
  /** Focuses the field; undefined when the form does not show it. */
  focus?: () => void;
}

/**
 * The error summary of a form: every problem by field name, each a button that focuses its
 * field, and problems on fields the form does not show (a server's 422 on `login`) as text.
 * Focusable (`data-notice`), so focus can land on it when no shown field is invalid.
 */
export function renderProblemSummary(
  l: Localizer,
  title: string,
  items: readonly SummaryItem[],
): TemplateResult {
  return html`<div class="banner error summary" part="error summary" role="alert" tabindex="-1" data-notice>
    <strong>${title}</strong>
    ${
      items.length
        ? html`<ul>
            ${items.map(
              (item) =>
                html`<li>
                  ${
                    item.focus
                      ? html`<button class="link" type="button" @click=${item.focus}>
                          ${l.t('form.problem', { field: item.label, message: item.message })}
                        </button>`
                      : l.t('form.problem', { field: item.label, message: item.message })
                  }
                </li>`,
            )}
          </ul>`
        : nothing
    }
  </div>`;
}
