import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ProvisioningClient } from '../../src/api/client.js';
import { createDemoData, type DemoData } from '../../src/api/memory/demo-data.js';
import { createMemoryClient } from '../../src/api/memory/index.js';
import '../../src/define/all.js';
import { HOSTILE, shown } from './hostile-corpus.js';
import { census, expectClean, showable, visible } from './hostile-check.js';

/**
 * Issue 20, hostile data table-driven: FIELDS lists every (element, field) the corpus goes into.
 * A list element takes the whole corpus at once (one row per payload); a single-value element is
 * mounted again and again with the payloads rotated over its fields, so that every payload goes
 * through every element at least once. Each mount fails on: the sentinel set, a foreign element or
 * an on* attribute in the shadow tree, a link that is not http(s)/mailto/tel, horizontal overflow at
 * 390 px, or a text field whose payload is not shown exactly (the memory client keeps what it was
 * given, so nothing may change on the way).
 */
const RITA = 'usr_acme_admin';
const NORA = 'usr_nw_admin';

interface Field {
  name: string;
  /** Puts the payload into the seed (`i` tells rows apart). */
  put(data: DemoData, payload: string, i: number): void;
  /** A text field, shown as is; otherwise (URLs, e-mail, phone) it may be left out, never linked unsafely. */
  text: boolean;
  /** How a payload reads back when its way in changes it (a UTF-8 file holds no lone surrogate). */
  read?(payload: string): string;
}

interface Element {
  tag: string;
  principal: string;
  /** One row per payload: the whole corpus in one mount. */
  list: boolean;
  /** A virtualized list: only the rows in its window are in the tree. */
  windowed?: boolean;
  /** The scroller of a windowed list that is scrolled from top to bottom, so that every row is seen. */
  scroller?: string;
  fields: Field[];
  mount(client: ProvisioningClient, host: HTMLElement): Promise<HTMLElement>;
  ready(el: HTMLElement): boolean;
  /** Gets the element to the state that shows the fields (a step, a preview), after ready. */
  open?(el: HTMLElement): Promise<void>;
}

const helpOf = (data: DemoData) => data.help.find((h) => h.accountId === 'acc_acme')!;
const helpFields: Field[] = [
  { name: 'displayName', text: true, put: (d, p) => (helpOf(d).displayName = p) },
  { name: 'message', text: true, put: (d, p) => (helpOf(d).message = p) },
  { name: 'hours', text: true, put: (d, p) => (helpOf(d).hours = { en: p }) },
  { name: 'helpUrl', text: false, put: (d, p) => (helpOf(d).helpUrl = p) },
  { name: 'email', text: false, put: (d, p) => (helpOf(d).email = p) },
  { name: 'phone', text: false, put: (d, p) => (helpOf(d).phone = p) },
  { name: 'logoUrl', text: false, put: (d, p) => (helpOf(d).logoUrl = p) },
];

async function plain(
  tag: string,
  client: ProvisioningClient,
  host: HTMLElement,
  attributes: Record<string, string>,
) {
  const el = document.createElement(tag) as HTMLElement & { client: ProvisioningClient };
  el.client = client;
  for (const [name, v] of Object.entries({ locale: 'en', ...attributes })) el.setAttribute(name, v);
  host.append(el);
  return el;
}

const has = (el: HTMLElement, selector: string) => !!el.shadowRoot?.querySelector(selector);

/** Cells of an import file, kept for the import element to read (one CSV row per payload). */
const importCells: string[] = [];
const csvQuote = (v: string) => `"${v.replaceAll('"', '""')}"`;
const OVERRIDE_KEYS = [
  'import.label',
  'import.file.hint',
  'import.file.choose',
  'import.file.paste',
  'import.file.templateCsv',
] as const;
const overrides: Record<string, string> = {};

const ELEMENTS: Element[] = [
  {
    tag: 'tk-user-manager',
    principal: NORA,
    list: true,
    fields: [
      {
        name: 'name',
        text: true,
        put: (d, p, i) => {
          const template = d.users.find((u) => u.id === 'usr_nw_user')!;
          d.users.push({
            ...template,
            id: `usr_h_${i}`,
            name: p,
            email: `h${i}@corpus.example`,
            login: `h${i}`,
          });
        },
      },
      {
        name: 'login',
        text: true,
        put: (d, p, i) => {
          const template = d.users.find((u) => u.id === 'usr_nw_user')!;
          d.users.push({
            ...template,
            id: `usr_l_${i}`,
            name: `L ${i}`,
            email: `l${i}@corpus.example`,
            login: p.slice(0, 200),
          });
        },
      },
    ],
    mount: (client, host) =>
      plain('tk-user-manager', client, host, { 'account-id': 'acc_northwind', 'page-size': '500' }),
    ready: (el) => has(el, 'table[aria-busy="false"]'),
  },
  {
    tag: 'tk-sub-account-list',
    principal: RITA,
    list: true,
    fields: ['name', 'reference'].map((name) => ({
      name,
      text: true,
      put: (d: DemoData, p: string, i: number) => {
        const template = d.accounts.find((a) => a.id === 'acc_contoso')!;
        d.accounts.push({ ...template, id: `acc_${name}_${i}`, name: `${name} ${i}`, [name]: p });
      },
    })),
    mount: (client, host) =>
      plain('tk-sub-account-list', client, host, { 'account-id': 'acc_acme', 'page-size': '500' }),
    ready: (el) => has(el, 'table[aria-busy="false"]'),
  },
  {
    tag: 'tk-resource-list',
    principal: RITA,
    list: true,
    windowed: true,
    fields: ['label', 'identifier'].map((name) => ({
      name,
      text: true,
      put: (d: DemoData, p: string, i: number) => {
        const template = d.resources!.find((r) => r.kind === 'sim' && r.accountId === 'acc_acme')!;
        d.resources!.unshift({
          ...template,
          id: `res_${name}_${i}`,
          identifier: name === 'identifier' ? p.slice(0, 200) || 'x' : `8900${i}${name}`,
          label: name === 'label' ? p : template.label,
        });
      },
    })),
    mount: (client, host) =>
      plain('tk-resource-list', client, host, { 'account-id': 'acc_acme', kind: 'sim' }),
    ready: (el) => has(el, '.body [role=row]:not(.placeholder)'),
  },
  {
    tag: 'tk-scope-banner',
    principal: RITA,
    list: false,
    fields: [
      {
        name: 'account name',
        text: true,
        put: (d, p) => (d.accounts.find((a) => a.id === 'acc_northwind')!.name = p),
      },
    ],
    async mount(client, host) {
      const provider = document.createElement('tk-provider') as HTMLElement & { client: ProvisioningClient };
      provider.client = client;
      provider.setAttribute('account-id', 'acc_northwind');
      provider.setAttribute('locale', 'en');
      provider.append(document.createElement('tk-scope-banner'));
      host.append(provider);
      return provider.querySelector<HTMLElement>('tk-scope-banner')!;
    },
    ready: (el) => has(el, '[part~=back]'),
  },
  {
    tag: 'tk-help-popup',
    principal: NORA,
    list: false,
    fields: helpFields,
    mount: (client, host) => plain('tk-help-popup', client, host, { placement: 'inline', open: '' }),
    ready: (el) => has(el, '[part~=message], [part~=email], [part~=name], h2, strong'),
  },
  {
    tag: 'tk-import',
    principal: RITA,
    list: true,
    windowed: true,
    scroller: '[part=results]',
    fields: [
      {
        name: 'import cell (user name)',
        text: true,
        put: (_d, p) => void importCells.push(p),
        // The cells travel in a UTF-8 file, which turns a lone surrogate into U+FFFD.
        read: (p) => shown(new TextDecoder().decode(new TextEncoder().encode(p))),
      },
    ],
    mount: (client, host) => plain('tk-import', client, host, {}),
    ready: (el) => has(el, '[part=row]') || has(el, 'input[type=file]'),
    async open(el) {
      const csv = [
        'Customer name,E-mail,User name',
        ...importCells.map((c, i) => `Northwind Traders,h${i}@corpus.example,${csvQuote(c)}`),
      ];
      importCells.length = 0;
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([csv.join('\r\n')], 'hostile.csv', { type: 'text/csv' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
      await waitUntil(() => (el as HTMLElement & { step: string }).step === 'columns', 'file not read');
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Check')!.click();
      await waitUntil(() => has(el, '[part=row]'), 'no check results', { timeout: 8000 });
    },
  },
  {
    tag: 'tk-import',
    principal: RITA,
    list: false,
    fields: OVERRIDE_KEYS.map((key) => ({
      name: `override ${key}`,
      text: true,
      put: (_d: DemoData, p: string) => void (overrides[key] = p),
    })),
    async mount(client, host) {
      const el = await plain('tk-import', client, host, {});
      (el as unknown as { messages: Record<string, string> }).messages = { ...overrides };
      return el;
    },
    ready: (el) => has(el, 'input[type=file]'),
  },
  {
    tag: 'tk-help-settings',
    principal: RITA,
    list: false,
    fields: helpFields,
    mount: (client, host) => plain('tk-help-settings', client, host, {}),
    ready: (el) => has(el, '#hs-displayName'),
  },
];

/** Scrolls `selector` a viewport at a time to its end, checking each window; the text of all of them. */
async function scrollThrough(el: HTMLElement, selector: string, check: (at: number) => void) {
  const scroller = el.shadowRoot!.querySelector<HTMLElement>(selector)!;
  const texts: string[] = [];
  for (;;) {
    check(scroller.scrollTop);
    texts.push(visible(el.shadowRoot!));
    if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
    scroller.scrollTop += scroller.clientHeight;
    // The scroll event comes with a frame, which a test page in the background may not get soon;
    // the element's handler asks for the new window's render at once.
    scroller.dispatchEvent(new Event('scroll'));
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  }
  scroller.scrollTop = 0;
  return texts.join('\n');
}

const tried = { mounts: 0, placements: 0 };
after(() => console.log(`hostile-elements (memory): ${JSON.stringify(tried)}`));

async function render(element: Element, seed: (data: DemoData) => void): Promise<HTMLElement> {
  const data = createDemoData();
  seed(data);
  const client = createMemoryClient(data, { principal: element.principal });
  const host = await fixture<HTMLElement>(html`<div class="hostile-host"></div>`);
  host.style.inlineSize = '390px';
  const el = await element.mount(client, host);
  await waitUntil(() => element.ready(el), `${element.tag} did not show its data`, { timeout: 8000 });
  await element.open?.(el);
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  // Give an injected image's onerror or a refresh the time to run.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return el;
}

for (const element of ELEMENTS) {
  describe(`${element.tag} (${element.fields.map((f) => f.name).join(', ')}): hostile data`, function () {
    this.timeout(120_000);
    let baseline = new Set<string>();
    before(async () => {
      window.__tkPwned = undefined;
      const el = await render(element, (d) => element.fields.forEach((f, j) => f.put(d, `Harmless ${j}`, j)));
      baseline = census(el.shadowRoot!).tags;
    });

    if (element.list)
      for (const field of element.fields)
        it(`${field.name}: ${HOSTILE.length} payloads as rows`, async () => {
          const el = await render(element, (d) => HOSTILE.forEach((p, i) => field.put(d, p, i)));
          tried.mounts++;
          tried.placements += HOSTILE.length;
          // A paged list shows every row; a virtualized one (`windowed`) the rows of its window, or
          // every row one window after the other when it is scrolled through (`scroller`).
          const texts = field.text ? HOSTILE.filter(showable).map(field.read ?? shown) : [];
          if (element.scroller) {
            const seen = await scrollThrough(el, element.scroller, (at) =>
              expectClean(el, baseline, [], `${element.tag} ${field.name} scrolled to ${at}px`),
            );
            expect(
              texts.filter((t) => !seen.includes(t)),
              'payloads not shown in any window',
            ).to.deep.equal([]);
          }
          const text = visible(el.shadowRoot!);
          const inWindow = texts.filter((t) => text.includes(t));
          if (element.windowed && !element.scroller)
            expect(inWindow.length, 'payloads shown in the window').to.be.at.least(10);
          expectClean(el, baseline, element.windowed ? inWindow : texts, `${element.tag} ${field.name}`);
        });
    else
      it(`${element.fields.length} fields × ${HOSTILE.length} payloads, rotated over ${Math.ceil(HOSTILE.length / element.fields.length)} mounts`, async () => {
        const mounts = Math.ceil(HOSTILE.length / element.fields.length);
        for (let m = 0; m < mounts; m++) {
          const placed = element.fields.map((f, j) => ({
            f,
            p: HOSTILE[(m * element.fields.length + j) % HOSTILE.length]!,
          }));
          const el = await render(element, (d) => placed.forEach(({ f, p }, j) => f.put(d, p, j)));
          tried.mounts++;
          tried.placements += placed.length;
          const texts = placed.filter(({ f, p }) => f.text && showable(p)).map(({ p }) => shown(p));
          expectClean(
            el,
            baseline,
            texts,
            `${element.tag} mount ${m} ${placed.map(({ f, p }) => `${f.name}=${JSON.stringify(p).slice(0, 40)}`).join(' ')}`,
          );
          el.closest('.hostile-host')?.remove();
        }
      });
  });
}
