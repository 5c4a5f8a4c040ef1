import type { ReactiveControllerHost } from 'lit';
import type { Account, FieldProblem, ProductType } from '../../api/schemas/index.js';
import type { Localizer } from '../../core/localize.js';
import {
  draftOf,
  draftProblems,
  emptyDraft,
  stepOfPath,
  stepsFor,
  type AccountDraft,
  type DraftField,
  type StepId,
} from './draft.js';
import { inputChanges, isFormControl } from './draft-input.js';
import { clearDraft, loadDraft, saveDraft } from './draft-storage.js';
import { firstProblemPath, problemFocus, problemMessages } from './field-problems.js';
import type { AccountFormData } from './form-data.js';
import type { FormNotice } from './form-notice.js';

/** What the form's state needs of the element; every callback is read when needed. */
export interface FormStateOptions {
  l: () => Localizer;
  data: AccountFormData;
  /** The account edited; undefined in create mode. */
  accountId: () => string | undefined;
  parentId: () => string | undefined;
  /** The provider's account, where a new account goes without `parent-id`. */
  scopeId: () => string | undefined;
  persistDraft: () => boolean;
  root: () => ParentNode;
}

/**
 * The form's state: the step on show, the draft and the fields the admin touched, the problems
 * by field and the notice above the step; the moves between steps, which check every step on the
 * way forward; and the draft in sessionStorage with `persist-draft`. A change re-renders the host.
 */
export class FormState {
  step: StepId = 'details';
  draft: AccountDraft = emptyDraft();
  errors: ReadonlyMap<string, string> = new Map();
  notice?: FormNotice;
  /** A create or save (or the 412's reload) is running. */
  saving = false;
  /** Fields the admin changed: they survive "load latest version" after a 412. */
  touched = new Set<DraftField>();
  /** The version being edited. */
  original?: Account;
  /** The mode and account the draft belongs to; a change starts a new draft. */
  private draftKey?: string;
  /** In edit mode, whether the account was read into the draft. */
  editReady = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: FormStateOptions,
  ) {}

  get mode(): 'create' | 'edit' {
    return this.options.accountId() ? 'edit' : 'create';
  }

  get type(): ProductType | undefined {
    return this.options.data.typeOf(this.draft.productTypeId);
  }

  get steps(): StepId[] {
    return stepsFor(this.mode, this.type);
  }

  /** True while the form holds entries that were not saved. */
  get dirty(): boolean {
    return this.touched.size > 0 && this.notice?.kind !== 'done';
  }

  private get storageKey(): string {
    const o = this.options;
    return this.mode === 'edit'
      ? `edit:${o.accountId()}`
      : `create:${o.parentId() || o.scopeId() || 'scope'}`;
  }

  /**
   * Before each render (the host's `willUpdate`): a new draft for another mode or account (the
   * stored one with `persist-draft`), the account read into it once loaded, every permission for
   * a new account's admin, and a step that still exists.
   */
  follow(): void {
    const data = this.options.data;
    const key = this.storageKey;
    if (key !== this.draftKey) {
      this.draftKey = key;
      this.reset();
      const saved = this.options.persistDraft() && this.mode === 'create' ? loadDraft(key) : undefined;
      if (saved) {
        this.draft = saved.draft;
        this.step = saved.step === 'review' ? 'details' : saved.step;
        for (const field of Object.keys(saved.draft) as DraftField[]) this.touched.add(field);
        this.notice = { kind: 'restored' };
      }
    }
    const account = data.account.value;
    if (this.mode === 'edit' && account && data.types.value && !this.editReady) {
      this.original = account;
      this.draft = draftOf(account, data.typeOf(account.productTypeId));
      this.editReady = true;
    }
    const all = data.allPermissions();
    if (this.mode === 'create' && all && this.draft.permissions === null)
      this.draft = { ...this.draft, permissions: all };
    if (!this.steps.includes(this.step)) this.step = 'details';
  }

  private reset(): void {
    this.draft = emptyDraft();
    this.touched = new Set();
    this.errors = new Map();
    this.notice = undefined;
    this.step = 'details';
    this.original = undefined;
    this.editReady = false;
  }

  change(changes: Partial<AccountDraft>): void {
    this.draft = { ...this.draft, ...changes };
    for (const field of Object.keys(changes) as DraftField[]) this.touched.add(field);
    if (this.notice?.kind === 'done' || this.notice?.kind === 'restored') this.notice = undefined;
    this.persist();
    this.host.requestUpdate();
  }

  /** The form's `input` and (`committed`) `change` events: the field's problem goes, the draft follows. */
  onInput(e: Event, committed: boolean): void {
    const t = e.target;
    if (!isFormControl(t)) return;
    const path = t.dataset['field'];
    if (path && this.errors.has(path)) {
      const errors = new Map(this.errors);
      errors.delete(path);
      this.errors = errors;
      this.host.requestUpdate();
    }
    const changes = inputChanges(t, {
      draft: this.draft,
      mode: this.mode,
      locale: this.options.l().locale,
      committed,
      typeOf: (id) => this.options.data.typeOf(id),
    });
    if (changes) this.change(changes);
  }

  private persist(): void {
    if (this.options.persistDraft() && this.mode === 'create' && this.draftKey)
      saveDraft(this.draftKey, this.draft, this.step);
  }

  /** An empty draft (the primary admin with every permission), and none in storage. */
  startOver = (): void => {
    if (this.draftKey) clearDraft(this.draftKey);
    this.reset();
    const all = this.options.data.allPermissions();
    if (all) this.draft = { ...this.draft, permissions: all };
    this.host.requestUpdate();
  };

  /** What the server's schemas would refuse in the draft. */
  problems(): FieldProblem[] {
    return draftProblems(this.mode, this.draft, this.type, this.options.l().locale, this.original);
  }

  /** Back and forth; going forward checks every step on the way and stops at the first invalid one. */
  async goTo(target: StepId): Promise<void> {
    const steps = this.steps;
    const from = steps.indexOf(this.step);
    const to = steps.indexOf(target);
    if (to < 0 || to === from) return;
    if (to > from) {
      const all = this.problems();
      const blocking = steps
        .slice(from, to)
        .map((step) => all.filter((p) => stepOfPath(p.path) === step))
        .find((problems) => problems.length);
      if (blocking) return this.showProblems(blocking);
    }
    await this.show(target);
  }

  async move(delta: number): Promise<void> {
    const steps = this.steps;
    const next = steps[steps.indexOf(this.step) + delta];
    if (next) await this.goTo(next);
  }

  private async show(step: StepId): Promise<void> {
    this.step = step;
    if (this.notice?.kind === 'invalid') this.notice = undefined;
    this.persist();
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.options.root().querySelector<HTMLElement>('#step-title')?.focus();
  }

  /** The problems beside their fields, the step of the first one shown and its field focused. */
  async showProblems(problems: readonly FieldProblem[]): Promise<void> {
    this.errors = problemMessages(this.options.l(), problems);
    this.notice = { kind: 'invalid' };
    this.host.requestUpdate();
    const first = firstProblemPath([...this.errors.keys()]);
    if (!first) return;
    const step = stepOfPath(first);
    if (this.steps.includes(step)) this.step = step;
    await this.host.updateComplete;
    problemFocus(this.options.root(), first)?.focus();
  }

  /** Focuses the notice once it is rendered. */
  async focusNotice(): Promise<void> {
    await this.host.updateComplete;
    this.options.root().querySelector<HTMLElement>('[data-notice]')?.focus();
  }
}
