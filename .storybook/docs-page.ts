import {
  Controls,
  Description,
  Markdown,
  Primary,
  Stories,
  Subtitle,
  Title,
  useOf,
} from '@storybook/addon-docs/blocks';
import { createElement as h, Fragment } from 'react';
import sizes from './element-sizes.json';

const table: Record<string, { page: number; own: number }> = sizes;

/**
 * Storybook's default docs page (title, description, primary story, controls, stories) with the
 * element's download size after its description, as `npm run size` last wrote it.
 */
export function DocsPageWithSize() {
  const { csfFile, preparedMeta } = useOf('meta', ['meta']);
  const single = Object.keys(csfFile.stories).length === 1;
  const tag = typeof preparedMeta.component === 'string' ? preparedMeta.component : undefined;
  const size = tag ? table[tag] : undefined;
  return h(
    Fragment,
    null,
    h(Title),
    h(Subtitle),
    h(Description, { of: 'meta' }),
    size &&
      h(
        Markdown,
        null,
        `**Size:** a page with only \`<${tag}>\` downloads ${size.page} KiB (gzip, English) through the ` +
          `CDN loader, runtime and API included; ${size.own} KiB of it is the element's own.`,
      ),
    single ? h(Description, { of: 'story' }) : null,
    h(Primary),
    h(Controls),
    single ? null : h(Stories),
  );
}
