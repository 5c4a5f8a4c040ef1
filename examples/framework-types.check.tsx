// Type-checked by `npm run examples:build` (examples/tsconfig.json): the generated declarations
// (tenantkit/jsx, tenantkit/vue, tenantkit/svelte) give the tags their properties and typed events;
// each @ts-expect-error fails the check should a tag's types fall back to `any`.
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'tenantkit/jsx';
import type { GlobalComponents } from 'vue';
import type {} from 'tenantkit/svelte';
import type {} from 'tenantkit/vue';

type VueProps<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];

export const vueUserManager: VueProps<'tk-user-manager'> = {
  pageSize: 10,
  onTkUserCreated: (event) => event.detail.user.name,
  // @ts-expect-error pageSize is a number
  'page-size': 'ten',
};

export const svelteAccessRights: SvelteHTMLElements['tk-access-rights-table'] = {
  view: 'timeline',
  'ontk-sort-change': (event) => event.detail.sort?.direction,
  // @ts-expect-error the table has no such view
  'view-mode': 'cards',
};

export const jsxHelpPopup = (
  <tk-help-popup
    placement="bottom-end"
    ontk-help-open={(event) => event.detail}
    // @ts-expect-error open is a boolean
    open="yes"
  />
);
