import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ProvisioningClient } from '../../api/client.js';
import type { AccessRight, Product } from '../../api/schemas/index.js';
import { CreateKey } from '../../core/create-key.js';
import { DialogController } from '../../core/dialog.js';
import { announce } from '../../core/events.js';
import type { Localizer } from '../../core/localize.js';
import type { TkAccessRightDetail } from './events.js';
import type { ProductPickerState } from './product-picker.js';
import {
  dialogRequest,
  failedDialog,
  isDirty,
  openDialog,
  reloadedDialog,
  renderDialog,
  withInput,
  withProblems,
  type DialogState,
} from './right-dialog.js';
import { FIELD_ORDER, type RightFormField } from './right-form.js';

/** What the create, edit and delete dialog needs of the table; every callback is read when needed. */
export interface RightActionsOptions {
  api: () => ProvisioningClient | undefined;
  accountId: () => string | undefined;
  l: () => Localizer;
  dialog: () => HTMLDialogElement | undefined;
  /** Where focus goes when the button that opened the dialog is gone. */
  fallbackFocus: () => HTMLElement | null;
  /** The dialog opened: the last change's highlight and notice go. */
  onOpen: () => void;
  /** The server took the change: `notice` says so ("Access right … saved"). */
  onSaved: (right: AccessRight, notice: string) => void;
  /** Loads the rows again: after a change, or when the right edited is gone from the server. */
  refresh: () => void;
  /** After the change's event, with the dialog closed and its focus returned: where focus goes now. */
  onDone: (right: AccessRight, deleted: boolean) => Promise<void>;
}

/**
 * The create, edit and delete dialog of the table: its state, the requests it sends (create with
 * an `Idempotency-Key`, update and delete with `If-Match`), the 412 reload, and focus.
 */
export class RightActions {
  /** The open dialog, or undefined while closed. */
  private state?: DialogState;
  /** The platform products for the picker; without them the field still takes any product id. */
  products?: Product[];
  /** The create dialog's `Idempotency-Key`: the same on a retry of the same content. */
  private readonly createKey = new CreateKey();
  readonly control: DialogController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: RightActionsOptions,
  ) {
    this.control = new DialogController(host, {
      dialog: options.dialog,
      dirty: () => isDirty(this.state),
      busy: () => !!this.state?.busy,
      fallbackFocus: options.fallbackFocus,
      onClosed: () => this.set(undefined),
    });
  }

  private set(state: DialogState | undefined): void {
    this.state = state;
    this.host.requestUpdate();
  }

  get isOpen(): boolean {
    return this.control.isOpen;
  }

  /** Opens the dialog; focus returns to `trigger` when it closes (or to the fallback). */
  open(trigger: HTMLElement, mode: DialogState['mode'], right?: AccessRight): void {
    this.set(openDialog(mode, right));
    this.options.onOpen();
    if (mode === 'create' && !this.products) void this.loadProducts();
    void this.control.open(trigger);
  }

  private async loadProducts(): Promise<void> {
    try {
      this.products = await this.options.api()?.listProducts();
    } catch {
      this.products = undefined;
    }
    this.host.requestUpdate();
  }

  /** The `<dialog>`, empty while closed. */
  render(): TemplateResult {
    const l = this.options.l();
    const c = this.control;
    return c.render(
      { labelledBy: 'dialog-title' },
      this.state
        ? renderDialog(l, this.state, {
            onSubmit: this.onSubmit,
            onReload: this.reloadLatest,
            onCancel: () => c.requestClose(),
            onInput: this.onInput,
            onPicker: this.onPicker,
            products: this.products,
            discard: c.renderDiscardPrompt(l),
          })
        : nothing,
    );
  }

  private onInput = (field: RightFormField, value: string): void => {
    if (this.state) this.set(withInput(this.state, field, value));
  };

  private onPicker = (picker: ProductPickerState): void => {
    if (this.state) this.set({ ...this.state, picker });
  };

  private async focusFirstInvalid(): Promise<void> {
    await this.host.updateComplete;
    const first = FIELD_ORDER.find((f) => this.state?.errors.has(f));
    const field = first && this.options.dialog()?.querySelector<HTMLElement>(`#f-${first}`);
    if (field) field.focus();
    else await this.control.focusNotice();
  }

  private onSubmit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const d = this.state;
    const api = this.options.api();
    if (!d || d.busy || !api) return;
    const l = this.options.l();
    const invalid = withProblems(l, d);
    if (invalid) {
      this.set(invalid);
      return this.focusFirstInvalid();
    }
    const request = dialogRequest(this.host, api, this.options.accountId(), d, this.createKey);
    if (!request) return;
    this.set({ ...d, busy: true, error: undefined });
    try {
      const right = await request.run();
      this.options.onSaved(right, l.t(request.notice, { id: right.id }));
      const done = this.state ?? d;
      this.set({ ...done, busy: false, values: done.initial });
      // The controller returns focus to the trigger on `close` (a queued event); the row comes after.
      const dialog = this.options.dialog();
      const closed = dialog
        ? new Promise((resolve) => dialog.addEventListener('close', resolve, { once: true }))
        : undefined;
      this.control.close();
      await closed;
      this.options.refresh();
      announce<TkAccessRightDetail>(this.host, request.done, { right });
      await this.options.onDone(right, d.mode === 'delete');
    } catch (error) {
      const current = this.state ?? d;
      const failed = failedDialog(this.options.l(), current, error);
      this.set(failed);
      // Fields the server names get focus; any other notice (a 412, a failure) is focused in the footer.
      if (failed.errors !== current.errors) await this.focusFirstInvalid();
      else await this.control.focusNotice();
    }
  };

  /** After a 412: fetch the version now on the server; the fields the admin changed stay as typed. */
  private reloadLatest = async (): Promise<void> => {
    const d = this.state;
    const api = this.options.api();
    const accountId = this.options.accountId();
    const original = d?.right;
    if (!d || !original || !api || !accountId) return;
    this.set({ ...d, busy: true });
    try {
      const page = await api.listAccessRights(accountId, { q: original.id, limit: 20 });
      const latest = page.items.find((r) => r.id === original.id);
      this.set(reloadedDialog(this.options.l(), this.state ?? d, original, latest));
      if (!latest) this.options.refresh();
      await this.control.focusNotice();
    } catch (error) {
      this.set({ ...(this.state ?? d), busy: false, error });
    }
  };
}
