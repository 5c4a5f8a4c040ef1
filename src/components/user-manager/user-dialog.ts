import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { ProvisioningClient } from '../../api/client.js';
import { isProvisioningError } from '../../api/errors.js';
import { UserCreate, UserUpdate, type FieldProblem, type User } from '../../api/schemas/index.js';
import { validate } from '../../api/validate.js';
import {
  changedFields,
  DialogController,
  renderChangedFields,
  renderFailureNotice,
  renderProblemSummary,
  renderStaleNotice,
  type ChangedField,
  type SummaryItem,
} from '../../core/dialog.js';
import { CreateKey } from '../../core/create-key.js';
import { allowed, announce } from '../../core/events.js';
import { fieldMessages } from '../../core/field-errors.js';
import type { Localizer } from '../../core/localize.js';
import { problemText } from '../../core/states.js';
import {
  reportIfHostMustAct,
  type UserCreateDetail,
  type UserDetail,
  type UserUpdateDetail,
} from './events.js';
import {
  FIELD_ORDER,
  applyInput,
  createBody,
  draftOf,
  emptyDraft,
  fieldOfInput,
  rebaseDraft,
  renderUserFields,
  updatePatch,
  type UserDraft,
} from './user-form.js';

/** What the element lends the dialog. */
export interface UserDialogHost {
  api(): ProvisioningClient | undefined;
  l(): Localizer;
  /** The account new users are created in; undefined until the list has loaded. */
  accountId(): string | undefined;
  /** Asks for the list again (after a save, or when the latest version was loaded). */
  reload(): void;
  /** A user was created or changed: `text` says so. */
  onSaved(text: string): void;
  /** Where focus goes after closing when the control that opened the dialog is gone. */
  fallbackFocus(): HTMLElement | null;
}

/**
 * `#user-dialog`, the create/edit form: its draft, validation, cancelable events and requests,
 * and the 412 flow ("someone else changed this user": load the latest version, keep what the
 * admin typed). The state lives here; each change asks the element to render again.
 */
export class UserDialog {
  private mode?: 'create' | 'edit';
  /** The version being edited; replaced by "load latest version" after a 412. */
  private editing?: User;
  private draft: UserDraft = emptyDraft();
  /** Fields the admin changed, which survive loading the latest version after a 412. */
  private touched = new Set<keyof UserDraft>();
  private errors: ReadonlyMap<string, string> = new Map();
  private problem?: 'stale' | 'invalid' | { text: string };
  /** After "load latest version": what the other admin changed. */
  private changes?: ChangedField[];
  private saving = false;
  /** The create's `Idempotency-Key`: the same on a retry of the same content. */
  private readonly createKey = new CreateKey();
  /** The permissions are only loaded once a form is opened. */
  private permissionsWanted = false;

  private readonly permissionsTask = new Task(this.element, {
    task: ([api, wanted], { signal }) =>
      api && wanted ? api.listPermissions({ signal }) : Promise.resolve(undefined),
    args: () => [this.host.api(), this.permissionsWanted] as const,
  });

  private readonly control = new DialogController(this.element, {
    dialog: () => this.dialog,
    dirty: () => this.dirty,
    busy: () => this.saving,
    fallbackFocus: () => this.host.fallbackFocus(),
    onClosed: () => {
      this.mode = undefined;
      this.editing = undefined;
    },
  });

  // Parameter properties are set before the field initializers above run.
  constructor(
    private readonly element: ReactiveElement & HTMLElement,
    private readonly host: UserDialogHost,
  ) {}

  get isOpen(): boolean {
    return this.control.isOpen;
  }

  /** Opens the form empty (create) or for `user` (edit); focus returns to `trigger` on close. */
  async open(user: User | undefined, trigger?: EventTarget | null): Promise<void> {
    this.mode = user ? 'edit' : 'create';
    this.editing = user;
    this.draft = user ? draftOf(user) : emptyDraft();
    this.touched = new Set();
    this.errors = new Map();
    this.problem = undefined;
    this.changes = undefined;
    this.permissionsWanted = true;
    await this.control.open(trigger);
  }

  /** True when the form differs from the version it started from. */
  private get dirty(): boolean {
    if (!this.mode) return false;
    const base = this.editing ? draftOf(this.editing) : emptyDraft();
    return this.touched.size > 0 && JSON.stringify(this.draft) !== JSON.stringify(base);
  }

  render(): TemplateResult {
    const l = this.host.l();
    const mode = this.mode;
    return this.control.render(
      { id: 'user-dialog', labelledBy: 'user-dialog-title' },
      mode
        ? html`<form
            part="form"
            novalidate
            @submit=${(e: SubmitEvent) => this.submit(e)}
            @input=${(e: Event) => this.onInput(e)}
            @change=${(e: Event) => this.onInput(e)}
          >
            <h2 id="user-dialog-title">
              ${mode === 'create' ? l.t('users.form.createTitle') : l.t('users.form.editTitle', { name: this.editing!.name })}
            </h2>
            ${renderUserFields({
              l,
              draft: this.draft,
              errors: this.errors,
              permissions: this.permissionsTask.value,
              permissionsFailed: this.permissionsTask.status === TaskStatus.ERROR,
              retryPermissions: () => void this.permissionsTask.run(),
            })}
            <div class="dialog-footer">
              ${this.renderProblem(l)} ${this.control.renderDiscardPrompt(l)}
              <div class="dialog-actions">
                <button class="btn" type="button" @click=${() => this.control.requestClose()}>
                  ${l.t('common.cancel')}
                </button>
                <button class="btn primary" type="submit" part="submit">
                  ${
                    this.saving
                      ? l.t('common.saving')
                      : mode === 'create'
                        ? l.t('users.form.submitCreate')
                        : l.t('common.save')
                  }
                </button>
              </div>
            </div>
          </form>`
        : nothing,
    );
  }

  private renderProblem(l: Localizer) {
    const problem = this.problem;
    if (problem === 'stale') return renderStaleNotice({ l, onReload: () => void this.loadLatest() });
    if (problem === 'invalid')
      return renderProblemSummary(l, l.t('users.form.invalid'), this.summaryItems(l));
    if (problem) return renderFailureNotice(problem.text);
    if (this.changes) return renderChangedFields(l, this.changes);
    return nothing;
  }

  /** Every field problem by its label; fields the form does not show are listed by the server's name. */
  private summaryItems(l: Localizer): SummaryItem[] {
    const items: SummaryItem[] = [];
    for (const [path, message] of this.errors) {
      const field = FIELD_ORDER.find((f) => path === f || path.startsWith(`${f}.`));
      items.push({
        label: field ? l.t(`users.form.${field}`) : fieldName(l, path),
        message,
        focus: field ? () => this.focusField(field) : undefined,
      });
    }
    return items;
  }

  private focusField(field: string): boolean {
    const el = this.find<HTMLElement>(`[data-field="${field}"]`);
    const focusable =
      el instanceof HTMLInputElement || el instanceof HTMLSelectElement
        ? el
        : el?.querySelector<HTMLInputElement>('input');
    focusable?.focus();
    return !!focusable;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.find<HTMLDialogElement>('#user-dialog');
  }

  private find<E extends Element>(selector: string): E | null {
    return this.element.renderRoot.querySelector<E>(selector);
  }

  private onInput(e: Event) {
    const target = e.target;
    if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement) {
      this.draft = applyInput(this.draft, target);
      const field = fieldOfInput(target.name);
      if (field) this.touched.add(field);
      this.element.requestUpdate();
    }
  }

  private async submit(e: SubmitEvent) {
    e.preventDefault();
    const api = this.host.api();
    const accountId = this.host.accountId();
    if (!api || !accountId || this.saving) return;
    const editing = this.mode === 'edit' ? this.editing : undefined;
    const body = editing ? updatePatch(editing, this.draft) : createBody(this.draft);
    const problems = validate(editing ? UserUpdate : UserCreate, body);
    if (problems.length) return this.showFieldErrors(problems);
    if (editing && Object.keys(body).length === 0) return this.control.close();
    const element = this.element;
    if (editing) {
      if (!allowed<UserUpdateDetail>(element, 'tk-user-update', { user: editing, patch: body })) return;
    } else if (!allowed<UserCreateDetail>(element, 'tk-user-create', { accountId, body: body as UserCreate }))
      return;

    this.saving = true;
    this.problem = undefined;
    this.changes = undefined;
    this.errors = new Map();
    this.element.requestUpdate();
    try {
      if (editing) {
        const user = await api.updateUser(editing, body);
        announce<UserDetail>(element, 'tk-user-updated', { user });
        this.host.onSaved(this.host.l().t('users.updated', { name: user.name }));
      } else {
        const idempotencyKey = this.createKey.for(body);
        const user = await api.createUser(accountId, body as UserCreate, { idempotencyKey });
        this.createKey.done();
        announce<UserDetail>(element, 'tk-user-created', { user });
        this.host.onSaved(this.host.l().t('users.created', { email: user.email }));
      }
      this.saving = false;
      this.control.close();
      this.host.reload();
    } catch (error) {
      this.showError(error);
    } finally {
      this.saving = false;
      this.element.requestUpdate();
    }
  }

  private showError(error: unknown) {
    if (!isProvisioningError(error)) return this.showProblemText(error);
    if (error.kind === 'precondition-failed') {
      this.problem = 'stale';
      this.element.requestUpdate();
      void this.control.focusNotice();
      return;
    }
    // A conflict or validation problem lands on a field only when the server names one;
    // otherwise the server's own reason is shown (an admin giving up their own admin role).
    const named = error.fieldErrors.filter((p) => p.path !== '');
    if ((error.kind === 'conflict' || error.kind === 'validation') && named.length) {
      const l = this.host.l();
      return this.showFieldErrors(
        named.map((p) =>
          p.path === 'email' && p.code === 'taken' ? { ...p, message: l.t('users.form.emailTaken') } : p,
        ),
      );
    }
    this.showProblemText(error);
  }

  private showProblemText(error: unknown) {
    this.problem = { text: problemText(this.host.l(), error) };
    this.element.requestUpdate();
    void this.control.focusNotice();
    reportIfHostMustAct(this.element, error, this.mode === 'edit' ? 'updateUser' : 'createUser');
  }

  private async showFieldErrors(problems: readonly FieldProblem[]) {
    const messages = fieldMessages(this.host.l(), problems);
    this.errors = messages;
    this.problem = 'invalid';
    this.element.requestUpdate();
    await this.element.updateComplete;
    const first = FIELD_ORDER.find((f) => [...messages.keys()].some((p) => p === f || p.startsWith(`${f}.`)));
    // No field the form shows is named (a 422 on `login`): the summary takes focus instead.
    if (!first || !this.focusField(first)) await this.control.focusNotice();
  }

  /** After a 412: the latest version becomes the base; the fields the admin changed stay as typed. */
  private async loadLatest() {
    const api = this.host.api();
    const before = this.editing;
    if (!api || !before) return;
    try {
      const latest = await api.getUser(before.id);
      const l = this.host.l();
      this.changes = changedFields(
        draftOf(before),
        draftOf(latest),
        this.draft,
        this.touched,
        FIELD_ORDER.map((field) => ({
          field,
          label: l.t(`users.form.${field}`),
          show: (value: unknown) => showValue(l, field, value, this.permissionLabels()),
        })),
      );
      this.editing = latest;
      this.draft = rebaseDraft(latest, this.draft, this.touched);
      this.problem = undefined;
      this.element.requestUpdate();
      this.host.reload();
      await this.control.focusNotice();
    } catch (error) {
      this.showProblemText(error);
    }
  }

  private permissionLabels(): Map<string, string> {
    const l = this.host.l();
    return new Map((this.permissionsTask.value ?? []).map((p) => [p.id, l.pick(p.label)]));
  }
}

/** A server field the form does not show, by a name the admin knows where there is one. */
function fieldName(l: Localizer, path: string): string {
  if (path === 'login' || path === 'status') return l.t(`users.column.${path}`);
  return path;
}

/** A draft value as text for the "yours / now saved" list. */
function showValue(
  l: Localizer,
  field: keyof UserDraft,
  value: unknown,
  labels: Map<string, string>,
): string {
  switch (field) {
    case 'role':
      return l.t(`users.role.${value as 'admin' | 'user'}`);
    case 'permissions': {
      const ids = value as string[];
      return ids.length ? ids.map((id) => labels.get(id) ?? id).join(', ') : l.t('common.none');
    }
    case 'notifications': {
      const on = Object.entries(value as Record<string, boolean>).filter(([, v]) => v);
      return on.length
        ? on.map(([topic]) => l.t(`users.notify.${topic as 'billing'}`)).join(', ')
        : l.t('common.none');
    }
    case 'locale':
      return value ? String(value) : l.t('users.form.localeDefault');
    default:
      return String(value ?? '');
  }
}
