import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { ProvisioningClient } from '../../api/client.js';
import { isProvisioningError } from '../../api/errors.js';
import { UserCreate, UserUpdate, type FieldProblem, type User } from '../../api/schemas/index.js';
import { validate } from '../../api/validate.js';
import { allowed, announce } from '../../core/events.js';
import { fieldMessages } from '../../core/field-errors.js';
import type { Localizer } from '../../core/localize.js';
import { errorText } from '../../core/states.js';
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
  /** The dialog closed: focus goes back to what opened it. */
  onClosed(): void;
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
  private saving = false;
  /** The permissions are only loaded once a form is opened. */
  private permissionsWanted = false;

  private readonly permissionsTask = new Task(this.element, {
    task: ([api, wanted], { signal }) =>
      api && wanted ? api.listPermissions({ signal }) : Promise.resolve(undefined),
    args: () => [this.host.api(), this.permissionsWanted] as const,
  });

  // Parameter properties are set before the field initializers above run.
  constructor(
    private readonly element: ReactiveElement,
    private readonly host: UserDialogHost,
  ) {}

  /** Opens the form empty (create) or for `user` (edit). */
  async open(user?: User): Promise<void> {
    this.mode = user ? 'edit' : 'create';
    this.editing = user;
    this.draft = user ? draftOf(user) : emptyDraft();
    this.touched = new Set();
    this.errors = new Map();
    this.problem = undefined;
    this.permissionsWanted = true;
    this.element.requestUpdate();
    await this.element.updateComplete;
    this.dialog?.showModal();
    this.find<HTMLInputElement>('#user-name')?.focus();
  }

  render(): TemplateResult {
    const l = this.host.l();
    const mode = this.mode;
    return html`<dialog
      id="user-dialog"
      part="dialog"
      aria-labelledby="user-dialog-title"
      @close=${() => this.onClosed()}
    >
      ${
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
              ${this.renderProblem(l)}
              ${renderUserFields({
                l,
                draft: this.draft,
                errors: this.errors,
                permissions: this.permissionsTask.value,
                permissionsFailed: this.permissionsTask.status === TaskStatus.ERROR,
                retryPermissions: () => void this.permissionsTask.run(),
              })}
              <div class="dialog-actions">
                <button class="btn" type="button" @click=${() => this.dialog?.close()}>
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
            </form>`
          : nothing
      }
    </dialog>`;
  }

  private renderProblem(l: Localizer) {
    const problem = this.problem;
    if (!problem) return nothing;
    if (problem === 'stale') {
      return html`<div class="banner error" part="error" role="alert">
        <strong>${l.t('stale.title')}</strong>
        <p>${l.t('stale.body')}</p>
        <button class="btn" type="button" @click=${() => this.loadLatest()}>${l.t('stale.reload')}</button>
      </div>`;
    }
    const text = problem === 'invalid' ? l.t('users.form.invalid') : problem.text;
    return html`<div class="banner error" part="error" role="alert">${text}</div>`;
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

  private onClosed() {
    // `close` is queued: the dialog may already be open again for another user.
    if (this.dialog?.open) return;
    this.mode = undefined;
    this.editing = undefined;
    this.element.requestUpdate();
    this.host.onClosed();
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
    if (editing && Object.keys(body).length === 0) return this.dialog?.close();
    const element = this.element;
    if (editing) {
      if (!allowed<UserUpdateDetail>(element, 'tk-user-update', { user: editing, patch: body })) return;
    } else if (!allowed<UserCreateDetail>(element, 'tk-user-create', { accountId, body: body as UserCreate }))
      return;

    this.saving = true;
    this.problem = undefined;
    this.errors = new Map();
    this.element.requestUpdate();
    try {
      if (editing) {
        const user = await api.updateUser(editing, body);
        announce<UserDetail>(element, 'tk-user-updated', { user });
        this.host.onSaved(this.host.l().t('users.updated', { name: user.name }));
      } else {
        const user = await api.createUser(accountId, body as UserCreate);
        announce<UserDetail>(element, 'tk-user-created', { user });
        this.host.onSaved(this.host.l().t('users.created', { email: user.email }));
      }
      this.dialog?.close();
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
      return;
    }
    if (error.kind === 'conflict') {
      // The e-mail is the user name: a conflict means it is taken.
      return this.showFieldErrors([
        { path: 'email', code: 'taken', message: this.host.l().t('users.form.emailTaken') },
      ]);
    }
    if (error.kind === 'validation' && error.fieldErrors.length)
      return this.showFieldErrors(error.fieldErrors);
    this.showProblemText(error);
  }

  private showProblemText(error: unknown) {
    this.problem = { text: errorText(this.host.l(), error) };
    this.element.requestUpdate();
    reportIfHostMustAct(this.element, error, this.mode === 'edit' ? 'updateUser' : 'createUser');
  }

  private async showFieldErrors(problems: readonly FieldProblem[]) {
    const messages = fieldMessages(this.host.l(), problems);
    this.errors = messages;
    this.problem = 'invalid';
    this.element.requestUpdate();
    await this.element.updateComplete;
    const first = FIELD_ORDER.find((f) => [...messages.keys()].some((p) => p === f || p.startsWith(`${f}.`)));
    const field = this.find<HTMLElement>(`[data-field="${first}"]`);
    const focusable =
      field instanceof HTMLInputElement || field instanceof HTMLSelectElement
        ? field
        : field?.querySelector<HTMLInputElement>('input');
    focusable?.focus();
  }

  /** After a 412: the latest version becomes the base; the fields the admin changed stay as typed. */
  private async loadLatest() {
    const api = this.host.api();
    if (!api || !this.editing) return;
    try {
      const latest = await api.getUser(this.editing.id);
      this.editing = latest;
      this.draft = rebaseDraft(latest, this.draft, this.touched);
      this.problem = undefined;
      this.element.requestUpdate();
      this.host.reload();
      await this.element.updateComplete;
      this.find<HTMLElement>('[part="submit"]')?.focus();
    } catch (error) {
      this.showProblemText(error);
    }
  }
}
