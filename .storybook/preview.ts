import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/define/provider.js';
import { DocsPageWithSize } from './docs-page.js';

// Docs pages and controls read attributes, properties, events, parts and tokens from the manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'fr', title: 'Français' },
          { value: 'hu', title: 'Magyar' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  // Every story renders inside a provider, so the toolbar switches locale and theme for all elements.
  decorators: [
    (story, context) =>
      html`<tk-provider
        locale=${context.globals['locale'] ?? 'en'}
        theme=${context.globals['theme'] ?? 'light'}
        >${story()}</tk-provider
      >`,
  ],
  // Each element's docs page also states its size.
  parameters: { controls: { expanded: true }, docs: { page: DocsPageWithSize } },
};
export default preview;
