import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html, type TemplateResult } from 'lit';
import { renderChangedFields, renderConfirmation, renderStaleNotice } from '../src/core/dialog.js';
import type { Localizer } from '../src/core/localize.js';
import { permissionFieldset } from '../src/core/parts/permission-fieldset.js';
import { rowMenu } from '../src/core/parts/row-menu.js';
import { emptyState, errorState, loadingState } from '../src/core/states.js';
import { TkElement } from '../src/core/tk-element.js';

/** A story-only element that shows the shared primitives with the tokens and shared styles. */
class TkPrimitivesDemo extends TkElement {
  static override styles = [
    ...TkElement.styles,
    css`
      :host {
        display: grid;
        gap: var(--_space-s);
        padding: var(--_space-m);
        background: var(--_surface);
      }
    `,
  ];

  protected override render(): TemplateResult {
    const l: Localizer = this.i18n;
    const none = () => undefined;
    return html`
      <h3>Buttons</h3>
      <div class="toolbar">
        <button class="btn primary">Primary</button>
        <button class="btn">Secondary</button>
        <button class="btn danger">Danger</button>
        <button class="btn primary danger">Delete</button>
        <button class="btn small">Small</button>
        <button class="btn" disabled>Disabled</button>
        <button class="link">Link</button>
        ${rowMenu({
          id: 'demo-menu',
          label: 'More actions',
          items: [
            { label: 'Send password link', onSelect: none },
            { label: 'Disable', onSelect: none, disabled: true, description: 'Why it is not offered' },
            { label: 'Delete', tone: 'danger', onSelect: none },
          ],
        })}
      </div>
      <h3>Toolbar and fields</h3>
      <div class="toolbar">
        <div class="field search">
          <label for="s">Search</label><input id="s" type="search" placeholder="Name or e-mail" />
        </div>
        <div class="field">
          <label for="f">Status</label>
          <select id="f">
            <option>All</option>
          </select>
        </div>
        <button class="btn primary create">New</button>
      </div>
      <p class="count">18 results</p>
      <div class="field">
        <label for="bad">Invalid field</label>
        <input id="bad" aria-invalid="true" aria-describedby="bad-e" value="not an e-mail" />
        <span class="field-error" id="bad-e">Enter a valid e-mail address.</span>
      </div>
      ${permissionFieldset({
        l,
        idPrefix: 'demo',
        selected: ['a'],
        catalog: [
          {
            id: 'a',
            group: { en: 'Billing', de: 'Abrechnung' },
            label: 'Invoices',
            description: 'See invoices',
          },
          { id: 'b', group: { en: 'Billing', de: 'Abrechnung' }, label: 'Pay', description: '' },
        ],
      })}
      <h3>Badges</h3>
      <p>
        <span class="badge active">Active</span> <span class="badge invited">Invited</span>
        <span class="badge disabled">Disabled</span> <span class="badge danger">Failed</span>
      </p>
      <h3>Table</h3>
      <div class="table-wrap">
        <table class="table">
          <thead>
            <tr>
              <th scope="col"><span class="th-text" title="Name">Name</span></th>
              <th scope="col">
                <span class="th-text" title="A very long column header">A very long column header</span>
              </th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>Anna Kiss<span class="sub">anna.kiss</span></td>
              <td><span class="cell-text">anna.kiss@northwind.example</span></td>
              <td><span class="badge active">Active</span></td>
            </tr>
            <tr class="selected">
              <td>Uwe Nutzer<span class="sub">uwe.nutzer</span></td>
              <td><span class="cell-text">user@northwind.example</span></td>
              <td><span class="badge disabled">Disabled</span></td>
            </tr>
          </tbody>
        </table>
      </div>
      <h3>Banners</h3>
      <div class="banner success"><span class="banner-text">Uwe Nutzer was saved.</span></div>
      <div class="banner error"><span class="banner-text">The service had a problem.</span></div>
      <div class="banner warning"><span class="banner-text">Check this before you go on.</span></div>
      ${renderStaleNotice({ l, onReload: none })}
      ${renderChangedFields(l, [
        { label: 'Name', yours: 'Uwe Typed', saved: 'Uwe Other' },
        { label: 'Language', yours: undefined, saved: 'fr' },
      ])}
      <h3>Confirmation (dialog body)</h3>
      <div class="group">
        ${renderConfirmation({
          l,
          titleId: 'c',
          title: 'Delete Uwe Nutzer?',
          body: 'This cannot be undone.',
          confirmLabel: 'Delete',
          tone: 'danger',
          onConfirm: none,
          onCancel: none,
        })}
      </div>
      <h3>States</h3>
      ${loadingState(l)} ${emptyState('No users yet.')} ${errorState(l, new Error('x'), none)}
    `;
  }
}
customElements.get('tk-primitives-demo') ?? customElements.define('tk-primitives-demo', TkPrimitivesDemo);

/**
 * The design language every tenantkit element is built from (`src/core/shared.styles.ts`,
 * `src/core/dialog.ts`, `src/core/parts/`): buttons, toolbar and fields, badges, the table,
 * banners, the 412 notice and its "yours / now saved" list, confirmations, the row menu and the
 * loading, empty and error states. Switch the theme in the toolbar; `Dark` and `Light` show both.
 */
const meta: Meta = {
  title: 'Foundations/Primitives',
  render: () => html`<tk-primitives-demo></tk-primitives-demo>`,
};
export default meta;
type Story = StoryObj;

export const Primitives: Story = {};
export const Light: Story = { render: () => html`<tk-primitives-demo theme="light"></tk-primitives-demo>` };
export const Dark: Story = {
  render: () => html`<tk-primitives-demo theme="dark"></tk-primitives-demo>`,
};
