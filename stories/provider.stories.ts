import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/provider.js';

/**
 * `<tk-provider>` renders nothing of its own: it hands client, locale, account and theme to
 * the elements inside it. Every story in this Storybook is wrapped in one by the toolbar.
 */
const meta: Meta = {
  title: 'Elements/Provider',
  component: 'tk-provider',
};
export default meta;

export const NestedOverrides: StoryObj = {
  render: () =>
    html`<tk-provider locale="de" theme="dark">
      <p>Elements here are German and dark…</p>
      <tk-provider locale="fr"><p>…and here French, still dark.</p></tk-provider>
    </tk-provider>`,
};
