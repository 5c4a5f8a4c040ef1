import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ProvisioningClient } from '../../api/client.js';
import type { Account, Resource, ResourceMove } from '../../api/schemas/index.js';
import { DialogController } from '../../core/dialog.js';
import { allowed, announce } from '../../core/events.js';
import type { Localizer } from '../../core/localize.js';
import { capForm, capRequest, switchMode } from './cap-form.js';
import type { DialogState, MoveBody, MoveDialog } from './dialog-state.js';
import { renderEditDialog } from './edit-dialogs.js';
import type {
  TkResourceCapChangeDetail,
  TkResourceDetail,
  TkResourcesMoveDetail,
  TkResourcesMovedDetail,
} from './events.js';
import { renderMoveDialog } from './move-dialog.js';
import { filterAccounts, loadHierarchy, type PickerAccount } from './picker.js';

/** What the dialogs need of the list; every callback is read when needed. */
export interface ResourceDialogsOptions {
  api: () => ProvisioningClient | undefined;
  accountId: () => string | undefined;
  /** The account whose hierarchy the move picker offers. */
  root: () => Account | undefined;
  /** The list takes the resources of accounts below too: a 412 reload searches there. */
  subtree: () => boolean;
  l: () => Localizer;
  dialog: () => HTMLDialogElement | undefined;
  /** Where focus goes when the control that opened the dialog is gone. */
  fallbackFocus: () => HTMLElement | null;
  identifierOf: (id: string) => string;
  /** A move was answered: the resources that failed stay selected, or the selection clears. */
  onMoved: (failed: string[]) => void;
  /** Tells screen readers what changed ("Moved 12 resources to …"). */
  notify: (text: string) => void;
  /** Loads the list again after a change. */
  refresh: () => void;
}

/**
 * The move, set-cap, remove-cap and rename dialogs: their state, the cancelable events before a
 * change, the requests, the 412 reload, and focus (through `DialogController`).
 */
export class ResourceDialogs {
  private state?: DialogState;
  private pickerAbort?: AbortController;
  private readonly control: DialogController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ResourceDialogsOptions,
  ) {
    this.control = new DialogController(host, {
      dialog: options.dialog,
      busy: () => !!this.state?.busy,
      fallbackFocus: options.fallbackFocus,
      onClosed: () => {
        this.pickerAbort?.abort();
        this.set(undefined);
      },
    });
  }

  get isOpen(): boolean {
    return this.control.isOpen;
  }

  /** Stops loading the picker's accounts (the element left the page). */
  dispose(): void {
    this.pickerAbort?.abort();
  }

  /** Moves the selection `body` (`count` resources) to an account the user picks. */
  async openMove(body: MoveBody, count: number, countExact: boolean, trigger?: HTMLElement): Promise<void> {
    this.open({ kind: 'move', q: '', active: 0, body, count, countExact, busy: false }, trigger);
    await this.loadPicker();
  }

  openCap(resource: Resource, trigger?: HTMLElement): void {
    this.open({ kind: 'cap', form: capForm(resource), busy: false }, trigger);
  }

  openRemoveCap(resource: Resource, trigger?: HTMLElement): void {
    this.open({ kind: 'remove-cap', resource, busy: false }, trigger);
  }

  openRename(resource: Resource, trigger?: HTMLElement): void {
    this.open({ kind: 'rename', resource, label: resource.label, busy: false }, trigger);
  }

  /** The `<dialog>` with the open dialog's content. */
  render(): TemplateResult {
    const d = this.state;
    return this.control.render({ labelledBy: 'dialog-title' }, d ? this.renderContent(d) : nothing);
  }

  private renderContent(d: DialogState): TemplateResult {
    const l = this.options.l();
    const onCancel = () => this.control.requestClose();
    if (d.kind === 'move')
      return renderMoveDialog({
        l,
        dialog: d,
        shown: this.shownAccounts(d),
        picker: {
          onSearch: (q) => this.patchMove({ q, active: 0 }),
          onKeydown: this.onPickerKeydown,
          onChoose: (id) =>
            this.patchMove({
              chosen: id,
              active: Math.max(
                0,
                this.shownAccounts(d).findIndex((a) => a.id === id),
              ),
            }),
          onRetry: () => void this.loadPicker(),
        },
        onCancel,
        onSubmit: () => void this.submitMove(),
        onClose: () => this.control.close(),
        identifierOf: this.options.identifierOf,
      });
    return renderEditDialog({
      l,
      dialog: d,
      discardPrompt: this.control.renderDiscardPrompt(l),
      onCancel,
      onSubmit: this.onSubmit,
      onRemoveCap: () => {
        if (d.kind === 'remove-cap') void this.saveCap(d.resource, null);
      },
      onCapInput: (field, value) => {
        if (this.state?.kind !== 'cap') return;
        const form = { ...this.state.form, [field]: value, errors: {} };
        if (field === 'alert') form.alertTouched = true;
        this.set({ ...this.state, form });
      },
      onCapMode: (mode) => {
        if (this.state?.kind === 'cap')
          this.set({ ...this.state, form: { ...switchMode(this.state.form, mode), alertTouched: true } });
      },
      onLabel: (label) => {
        if (this.state?.kind === 'rename') this.set({ ...this.state, label });
      },
      onReload: () => void this.reloadResource(),
    });
  }

  private set(d: DialogState | undefined): void {
    this.state = d;
    this.host.requestUpdate();
  }

  private open(d: DialogState, trigger?: HTMLElement): void {
    this.set(d);
    void this.control.open(trigger ?? this.options.fallbackFocus());
  }

  private async loadPicker(): Promise<void> {
    const api = this.options.api();
    const root = this.options.root();
    if (!api || !root) return;
    this.pickerAbort?.abort();
    const abort = (this.pickerAbort = new AbortController());
    this.patchMove({ loadError: undefined });
    try {
      const accounts = await loadHierarchy(api, root, abort.signal);
      if (!abort.signal.aborted) this.patchMove({ accounts });
    } catch (error) {
      if (!abort.signal.aborted) this.patchMove({ loadError: error });
    }
  }

  private patchMove(patch: Partial<MoveDialog>): void {
    if (this.state?.kind === 'move') this.set({ ...this.state, ...patch });
  }

  private shownAccounts(d: MoveDialog): PickerAccount[] {
    return d.accounts ? filterAccounts(d.accounts, d.q) : [];
  }

  private onPickerKeydown = (e: KeyboardEvent): void => {
    const d = this.state;
    if (d?.kind !== 'move') return;
    const shown = this.shownAccounts(d);
    if (!shown.length) return;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(shown.length - 1, d.active + 1),
      ArrowUp: Math.max(0, d.active - 1),
      Home: 0,
      End: shown.length - 1,
    };
    if (e.key in moves && !(e.target instanceof HTMLInputElement && (e.key === 'Home' || e.key === 'End'))) {
      e.preventDefault();
      this.patchMove({ active: moves[e.key]! });
      void this.host.updateComplete.then(() =>
        this.options.dialog()?.querySelector('.option.active')?.scrollIntoView?.({ block: 'nearest' }),
      );
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const a = shown[d.active];
      if (a) this.patchMove({ chosen: a.id });
    }
  };

  private async submitMove(): Promise<void> {
    const d = this.state;
    const api = this.options.api();
    const accountId = this.options.accountId();
    if (d?.kind !== 'move' || d.busy || !api || !accountId || !d.chosen) return;
    const target = d.accounts?.find((a) => a.id === d.chosen);
    const detail: TkResourcesMoveDetail = {
      ids: d.body.ids,
      ...(d.body.query ? { query: d.body.query } : {}),
      ...(d.body.except ? { except: d.body.except } : {}),
      count: d.count,
      ...(d.countExact ? {} : { countExact: false as const }),
      to: d.chosen,
      toName: target?.name ?? d.chosen,
    };
    if (!allowed<TkResourcesMoveDetail>(this.host, 'tk-resources-move', detail)) return this.control.close();
    this.patchMove({ busy: true, error: undefined });
    try {
      const body = { ...d.body, to: d.chosen } as ResourceMove;
      const result = await api.moveResources(accountId, body);
      announce<TkResourcesMovedDetail>(this.host, 'tk-resources-moved', { result, to: d.chosen });
      const failed = result.results.filter((r) => r.outcome === 'failed').map((r) => r.id);
      this.options.onMoved(failed);
      this.options.notify(
        this.options.l().t('resources.moved.summary', { count: result.moved, name: detail.toName }),
      );
      this.options.refresh();
      if (failed.length) {
        this.patchMove({ busy: false, result, toName: detail.toName });
        await this.control.focusNotice();
      } else this.control.close();
    } catch (error) {
      this.patchMove({ busy: false, error });
      await this.control.focusNotice();
    }
  }

  private onSubmit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const d = this.state;
    if (!d || d.busy) return;
    if (d.kind === 'cap') {
      const request = capRequest(d.form);
      if ('invalid' in request) {
        this.set({ ...d, form: request.invalid });
        await this.host.updateComplete;
        this.options.dialog()?.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
        return;
      }
      await this.saveCap(d.form.resource, request.cap);
    } else if (d.kind === 'rename') {
      await this.save(d.resource, { label: d.label.trim() }, (resource) =>
        announce<TkResourceDetail>(this.host, 'tk-resource-renamed', { resource }),
      );
    }
  };

  private async saveCap(resource: Resource, cap: TkResourceCapChangeDetail['cap']): Promise<void> {
    if (!allowed<TkResourceCapChangeDetail>(this.host, 'tk-resource-cap-change', { resource, cap })) return;
    await this.save(resource, { cap }, (saved) =>
      announce<TkResourceDetail>(this.host, 'tk-resource-cap-changed', { resource: saved }),
    );
  }

  private async save(
    resource: Resource,
    patch: { label?: string; cap?: TkResourceCapChangeDetail['cap'] },
    done: (saved: Resource) => void,
  ): Promise<void> {
    const api = this.options.api();
    const d = this.state;
    if (!api || !d || d.kind === 'move') return;
    this.set({ ...d, busy: true, error: undefined } as DialogState);
    try {
      const saved = await api.updateResource(resource, patch);
      this.options.notify(this.options.l().t('resources.saved', { identifier: saved.identifier }));
      this.control.close();
      this.options.refresh();
      done(saved);
    } catch (error) {
      if (this.state) this.set({ ...this.state, busy: false, error } as DialogState);
      await this.control.focusNotice();
    }
  }

  /** After a 412: the version now saved; what the admin typed stays in the form. */
  private async reloadResource(): Promise<void> {
    const d = this.state;
    const api = this.options.api();
    const accountId = this.options.accountId();
    if (!d || d.kind === 'move' || !api || !accountId) return;
    const original: Resource = d.kind === 'cap' ? d.form.resource : d.resource;
    try {
      const page = await api.listResources(accountId, {
        q: original.identifier,
        include: this.options.subtree() ? 'descendants' : undefined,
        limit: 10,
      });
      const latest = page.items.find((r) => r.id === original.id);
      if (!latest) throw new Error('gone');
      const now = this.state;
      if (now?.kind === 'cap')
        this.set({ ...now, form: { ...now.form, resource: latest }, error: undefined });
      else if (now?.kind === 'rename' || now?.kind === 'remove-cap')
        this.set({ ...now, resource: latest, error: undefined });
      this.options.refresh();
    } catch (error) {
      if (this.state) this.set({ ...this.state, error } as DialogState);
    }
  }
}
