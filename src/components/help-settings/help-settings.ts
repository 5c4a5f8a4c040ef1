import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isProvisioningError } from '../../api/errors.js';
import {
  HelpSettingsUpdate,
  LocaleTag,
  type FieldProblem,
  type HelpSettings,
} from '../../api/schemas/index.js';
import { validate } from '../../api/validate.js';
import {
  renderChangedFields,
  renderFailureNotice,
  renderProblemSummary,
  renderStaleNotice,
  type ChangedField,
} from '../../core/dialog.js';
import { allowed, announce } from '../../core/events.js';
import { fieldMessages } from '../../core/field-errors.js';
import { languageName } from '../../core/language-name.js';
import type { Localizer } from '../../core/localize.js';
import { rebase } from '../../core/rebase.js';
import { errorState, errorText, loadingState, noClientState } from '../../core/states.js';
import { TkElement } from '../../core/tk-element.js';
import helpStrings from '../../locales/en/help.js';
import { HELP_SAVED_EVENT } from '../help-popup/help-popup.js';
import type { HelpSettingsSaveDetail, HelpSettingsSavedDetail } from './events.js';
import { controlOf, labelOf } from './field-labels.js';
import {
  canonicalTag,
  bodyOf,
  draftOf,
  FIELD_ORDER,
  languagesOf,
  previewOf,
  type DraftField,
  type HelpDraft,
} from './help-draft.js';
import { renderHelpForm } from './help-form.js';
import { rebaseOnLatest } from './latest-version.js';
import { loadSettings, ownerLabel, readOnlyReason, type LoadedSettings } from './loaded-settings.js';
import { renderPreviewPane } from './preview-pane.js';
import { styles } from './help-settings.styles.js';

export type { HelpSettingsSaveDetail, HelpSettingsSavedDetail } from './events.js';

/**
 * @summary The form a reseller administrator uses to set the help and contact details every
 * customer below it sees in `<tk-help-popup>`, with a live preview.
 *
 * The account is `account-id`, else the provider's, else the one the principal acts for; the
 * settings are the nearest reseller's above it. The message and opening hours are written per
 * language (en, de, fr, hu and any BCP 47 tag added). The accent colour is checked for contrast
 * with white and dark text (WCAG AA). Saving sends `If-Match`; when someone else saved in the
 * meantime, the latest version is loaded with the fields this admin changed kept as typed.
 * Anyone the server would refuse (normal users, customers' administrators) sees the settings
 * read-only, with the reason and whose settings they are.
 *
 * @csspart form - The form.
 * @csspart submit - The save button.
 * @csspart tabs - The language tabs.
 * @csspart tab - One language tab.
 * @csspart preview - The preview column.
 * @csspart banner - The message after saving.
 * @csspart read-only - The reason the form is read-only.
 * @csspart owner - Whose settings these are.
 * @csspart loading - The loading state.
 * @csspart error - Error panels and notices.
 * @csspart retry - The retry button of the error state.
 *
 * @cssprop --tk-color-primary - Primary button, selected tab and focus rings.
 * @cssprop --tk-color-surface - Background of fields.
 * @cssprop --tk-color-surface-raised - Background of the preview column.
 * @cssprop --tk-color-border - Borders.
 * @cssprop --tk-color-danger - Errors and contrast warnings.
 * @cssprop --tk-color-success - Saved message, passing contrast.
 *
 * @cssstate loading - The settings are loading.
 * @cssstate error - They could not be loaded.
 * @cssstate read-only - The principal may not change them.
 *
 * @event {TkEvent<HelpSettingsSaveDetail>} tk-help-settings-save - Before the settings are saved; cancelable.
 * @event {TkEvent<HelpSettingsSavedDetail>} tk-help-settings-saved - The settings were saved; every `<tk-help-popup>` on the page shows them.
 */
export class TkHelpSettings extends TkElement {
  static override catalogs = { help: helpStrings };
  static override styles = [...TkElement.styles, styles];

  /** The account whose help settings are edited (the nearest reseller's above it apply). */
  @property({ attribute: 'account-id' }) accountId?: string;

  @state() private draft: HelpDraft = draftOf(undefined);
  /** The version the form started from; replaced after a save or "load latest version". */
  @state() private original?: HelpSettings;
  @state() private editing = 'en';
  @state() private added: string[] = [];
  @state() private newTag = '';
  @state() private tagError?: string;
  @state() private previewTheme: 'light' | 'dark' = 'light';
  @state() private errors: ReadonlyMap<string, string> = new Map();
  @state() private problem?: 'stale' | 'invalid' | { text: string };
  @state() private changes?: ChangedField[];
  @state() private banner?: string;
  @state() private saving = false;
  @state() private revision = 0;

  /** Fields the admin changed, kept as typed when the latest version is loaded after a 412. */
  private touched = new Set<DraftField>();
  private startedLang = false;

  private loadTask = new Task(this, {
    task: ([api, accountId], { signal }) =>
      api ? loadSettings(api, accountId, signal) : Promise.reject(new Error('no client')),
    args: () => [this.api, this.accountId || this.provided?.accountId || undefined, this.revision] as const,
    onComplete: (loaded) => this.startFrom(loaded.settings),
  });

  private startFrom(settings: HelpSettings | undefined) {
    this.original = settings;
    this.draft = draftOf(settings);
    this.touched = new Set();
    this.errors = new Map();
    this.problem = undefined;
    this.changes = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The contrast samples show the accent through a custom property (CSSOM, allowed under a strict CSP).
    const accent = this.draft.accentColor.trim();
    if (/^#[0-9a-f]{6}$/i.test(accent)) this.style.setProperty('--_sample', accent);
    else this.style.removeProperty('--_sample');
    if (!this.startedLang) {
      // The tab first shown is the admin's own language when it has one; the preview starts in
      // the theme the admin sees the form in.
      this.startedLang = true;
      this.editing = this.i18n.lang;
      this.previewTheme = getComputedStyle(this).colorScheme.trim() === 'dark' ? 'dark' : 'light';
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const task = this.loadTask;
    this.setState('loading', task.status === TaskStatus.PENDING && !task.value);
    this.setState('error', task.status === TaskStatus.ERROR);
    this.setState('read-only', Boolean(task.value && readOnlyReason(this.i18n, task.value)));
  }

  // ---- rendering ----

  protected override render() {
    const l = this.i18n;
    if (!this.api) return noClientState(l);
    const task = this.loadTask;
    if (task.status === TaskStatus.ERROR) return errorState(l, task.error, () => this.revision++);
    const loaded = task.value;
    if (!loaded) return loadingState(l);
    const reason = readOnlyReason(l, loaded);
    if (reason && !loaded.settings) {
      return html`<h2>${l.t('helpSettings.title')}</h2>
        <p class="state" part="empty">${l.t('helpSettings.none')}</p>`;
    }
    return html`<div class="layout">
      <section class="editor" aria-labelledby="hs-title">
        <h2 id="hs-title">${l.t('helpSettings.title')}</h2>
        <p class="hint">${l.t('helpSettings.intro')}</p>
        ${this.renderOwner(loaded, reason)}
        ${reason ? html`<p class="banner read-only" part="read-only" role="note">${reason}</p>` : nothing}
        ${!reason && !loaded.settings ? html`<p class="banner info">${l.t('helpSettings.new')}</p>` : nothing}
        ${this.renderForm(l, Boolean(reason))}
      </section>
      ${this.renderPreview(l)}
    </div>`;
  }

  private renderOwner(loaded: LoadedSettings, reason: string | undefined) {
    if (!loaded.settings) return nothing;
    const l = this.i18n;
    const name = ownerLabel(loaded);
    const text =
      loaded.me.account.kind === 'reseller' && !reason
        ? l.t('helpSettings.owner', { name })
        : l.t('helpSettings.managedBy', { name });
    return html`<p class="owner" part="owner">${text}</p>`;
  }

  private renderForm(l: Localizer, readOnly: boolean) {
    return renderHelpForm({
      l,
      draft: this.draft,
      errors: this.errors,
      readOnly,
      saving: this.saving,
      banner: this.banner,
      notice: this.renderProblem(l),
      tabs: {
        languages: languagesOf(this.draft, this.added),
        selected: this.editing,
        newTag: this.newTag,
        tagError: this.tagError,
        onSelect: (lang, focus) => this.selectLanguage(lang, focus),
        onTagInput: (value) => {
          this.newTag = value;
          this.tagError = undefined;
        },
        onAddTag: () => this.addLanguage(),
      },
      onSubmit: (e) => void this.submit(e),
      onInput: (e) => this.onInput(e),
      onAccent: (value) => this.set('accentColor', value),
    });
  }

  private renderProblem(l: Localizer) {
    const problem = this.problem;
    if (problem === 'stale') return renderStaleNotice({ l, onReload: () => void this.loadLatest() });
    if (problem === 'invalid') {
      const items = [...this.errors].map(([path, message]) => ({
        label: labelOf(l, path),
        message,
        focus: () => void this.focusField(path),
      }));
      return renderProblemSummary(l, l.t('helpSettings.invalid'), items);
    }
    if (problem) return renderFailureNotice(problem.text);
    return this.changes ? renderChangedFields(l, this.changes) : nothing;
  }

  private renderPreview(l: Localizer) {
    return renderPreviewPane({
      l,
      content: previewOf(this.draft, l.t('help.title')),
      lang: this.editing,
      languageName: languageName(l, this.editing),
      theme: this.previewTheme,
      onTheme: (theme) => (this.previewTheme = theme),
    });
  }

  // ---- editing ----

  private set<K extends DraftField>(field: K, value: HelpDraft[K]) {
    this.draft = { ...this.draft, [field]: value };
    this.touched.add(field);
    this.banner = undefined;
  }

  private onInput(e: Event) {
    const target = e.target;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return;
    const name = target.name;
    if (name === 'mode' && target instanceof HTMLInputElement && target.checked) {
      this.set('mode', target.value === 'link' ? 'link' : 'popup');
    } else if (name === 'message' || name === 'hours') {
      this.set(name, { ...this.draft[name], [this.editing]: target.value });
    } else if (['displayName', 'logoUrl', 'email', 'phone', 'helpUrl'].includes(name)) {
      this.set(name as 'displayName', target.value);
    }
  }

  private async selectLanguage(lang: string, focus: boolean) {
    this.editing = lang;
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[role=tab][data-lang="${CSS.escape(lang)}"]`)?.focus();
  }

  private async addLanguage() {
    const l = this.i18n;
    const tag = canonicalTag(this.newTag);
    if (!tag || validate(LocaleTag, tag).length) {
      this.tagError = l.t('helpSettings.addLanguage.invalid');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#hs-new-tag')?.focus();
      return;
    }
    if (!languagesOf(this.draft, this.added).includes(tag)) this.added = [...this.added, tag];
    this.newTag = '';
    this.tagError = undefined;
    await this.selectLanguage(tag, false);
    this.renderRoot.querySelector<HTMLTextAreaElement>('#hs-message')?.focus();
  }

  /** Focuses the field a problem names; a per-language text first shows its language's tab. */
  private async focusField(path: string) {
    const [field, lang] = path.split('.');
    if ((field === 'message' || field === 'hours') && lang) this.editing = lang;
    await this.updateComplete;
    controlOf(this.renderRoot, field)?.focus();
  }

  // ---- saving ----

  private async submit(e: SubmitEvent) {
    e.preventDefault();
    const api = this.api;
    const loaded = this.loadTask.value;
    if (!api || !loaded || this.saving || readOnlyReason(this.i18n, loaded)) return;
    const sent = this.draft;
    const body = bodyOf(sent);
    const problems = validate(HelpSettingsUpdate, body);
    if (problems.length) return this.showFieldErrors(problems);
    if (
      !allowed<HelpSettingsSaveDetail>(this, 'tk-help-settings-save', {
        accountId: loaded.accountId,
        settings: body,
      })
    )
      return;
    this.saving = true;
    this.problem = undefined;
    this.changes = undefined;
    this.errors = new Map();
    this.banner = undefined;
    try {
      const version = this.original?.version;
      const saved = await api.putHelpSettings(
        loaded.accountId,
        version === undefined ? body : { ...body, version },
      );
      // What was typed while the request ran stays as typed, on top of what was saved.
      const during = this.draft;
      const typedSince = FIELD_ORDER.filter((field) => during[field] !== sent[field]);
      this.startFrom(saved);
      if (typedSince.length) {
        this.draft = rebase(this.draft, during, typedSince);
        this.touched = new Set(typedSince);
      }
      this.banner = this.i18n.t('helpSettings.saved');
      announce<HelpSettingsSavedDetail>(this, HELP_SAVED_EVENT, { settings: saved });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~=banner]')?.focus();
    } catch (error) {
      await this.showError(error);
    } finally {
      this.saving = false;
    }
  }

  private async showError(error: unknown) {
    if (isProvisioningError(error) && error.kind === 'precondition-failed') {
      this.problem = 'stale';
    } else if (isProvisioningError(error) && error.kind === 'validation' && error.fieldErrors.length) {
      return this.showFieldErrors(error.fieldErrors);
    } else {
      this.problem = { text: errorText(this.i18n, error) };
    }
    await this.focusNotice();
  }

  private async showFieldErrors(problems: readonly FieldProblem[]) {
    this.errors = fieldMessages(this.i18n, problems);
    this.problem = 'invalid';
    const paths = [...this.errors.keys()];
    const first = FIELD_ORDER.flatMap((f) => paths.filter((p) => p === f || p.startsWith(`${f}.`)))[0];
    if (first) await this.focusField(first);
    else await this.focusNotice();
  }

  private async focusNotice() {
    await this.updateComplete;
    const notice = this.renderRoot.querySelector<HTMLElement>('[data-notice]');
    notice?.scrollIntoView?.({ block: 'nearest' });
    notice?.focus();
  }

  /** After a 412: the latest version becomes the base; the fields this admin changed stay as typed. */
  private async loadLatest() {
    const api = this.api;
    const loaded = this.loadTask.value;
    if (!api || !loaded) return;
    try {
      const latest = await api.getHelpSettings(loaded.accountId);
      const { draft, changes } = rebaseOnLatest(this.i18n, {
        original: this.original,
        latest,
        typed: this.draft,
        touched: this.touched,
      });
      this.changes = changes;
      this.original = latest;
      this.draft = draft;
      this.problem = undefined;
      await this.focusNotice();
    } catch (error) {
      this.problem = { text: errorText(this.i18n, error) };
      await this.focusNotice();
    }
  }
}
