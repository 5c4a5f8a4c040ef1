import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ProvisioningClient } from '../../src/api/client.js';
import { createDemoData, type DemoData } from '../../src/api/memory/demo-data.js';
import { createMemoryClient } from '../../src/api/memory/index.js';
import '../../src/define/sub-account-list.js';
import '../../src/define/user-manager.js';
import { HOSTILE, shown } from './hostile-corpus.js';

/**
 * Issue 20: every hostile payload rendered in a list as text, through the memory client. Fails
 * when one runs (the sentinel), adds an element or an event-handler attribute, or makes an
 * unsafe link; compared with the same list holding harmless names.
 */
declare global {
  interface Window {
    __tkPwned?: number;
  }
}

interface Target {
  tag: string;
  account: string;
  principal: string;
  /** Puts text `i` into the seed; returns how many fields it filled. */
  fill: (data: DemoData, text: (i: number) => string) => number;
}

const TARGETS: Target[] = [
  {
    tag: 'tk-user-manager',
    account: 'acc_northwind',
    principal: 'usr_nw_admin',
    fill: (data, text) => {
      const template = data.users.find((u) => u.id === 'usr_nw_user')!;
      HOSTILE.forEach((_, i) =>
        data.users.push({
          ...template,
          id: `usr_hostile_${i}`,
          name: text(i),
          login: text(i).slice(0, 200) || 'x',
          email: `hostile${i}@corpus.example`,
        }),
      );
      return HOSTILE.length * 2;
    },
  },
  {
    tag: 'tk-sub-account-list',
    account: 'acc_acme',
    principal: 'usr_acme_admin',
    fill: (data, text) => {
      const template = data.accounts.find((a) => a.id === 'acc_contoso')!;
      HOSTILE.forEach((_, i) =>
        data.accounts.push({ ...template, id: `acc_hostile_${i}`, name: text(i), reference: text(i) }),
      );
      return HOSTILE.length * 2;
    },
  },
];

async function render(target: Target, text: (i: number) => string): Promise<HTMLElement> {
  const data = createDemoData();
  target.fill(data, text);
  const client: ProvisioningClient = createMemoryClient(data, { principal: target.principal });
  const host = await fixture<HTMLElement>(html`<div style="inline-size: 1024px"></div>`);
  const el = document.createElement(target.tag) as HTMLElement & { client: ProvisioningClient };
  el.client = client;
  el.setAttribute('account-id', target.account);
  el.setAttribute('page-size', '500');
  el.setAttribute('locale', 'en');
  host.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector('table[aria-busy="false"]'), 'list did not settle', {
    timeout: 8000,
  });
  // Give an injected image's onerror or a refresh the time to run.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return el;
}

/** Elements by tag, and every on* attribute and link anywhere in the shadow tree. */
function census(root: ShadowRoot) {
  const tags = new Map<string, number>();
  const handlers: string[] = [];
  const links: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    tags.set(node.localName, (tags.get(node.localName) ?? 0) + 1);
    for (const attr of node.attributes)
      if (/^on/i.test(attr.name)) handlers.push(`${node.localName}[${attr.name}]`);
    const href = node.getAttribute('href') ?? node.getAttribute('xlink:href');
    if (href !== null) links.push(href);
  }
  return { tags, handlers, links };
}

for (const target of TARGETS) {
  it(`${target.tag}: ${HOSTILE.length} hostile payloads render as text only`, async () => {
    window.__tkPwned = undefined;
    const hostile = await render(target, (i) => HOSTILE[i]!);
    const harmless = await render(target, (i) => `Harmless ${i}`);
    expect(window.__tkPwned, 'a payload ran').to.equal(undefined);
    const bad = census(hostile.shadowRoot!);
    const good = census(harmless.shadowRoot!);
    expect(bad.handlers).to.deep.equal([]);
    for (const href of bad.links)
      expect(href).to.match(/^(https?:|mailto:|tel:|#|\/)/, `unsafe link ${href}`);
    // The same elements as with harmless names, tag by tag (an unreadable row adds one list item).
    const unreadable = hostile.shadowRoot!.querySelectorAll('[part~=unreadable-rows] li').length;
    for (const [tag, n] of bad.tags) {
      const expected =
        (good.tags.get(tag) ?? 0) +
        (tag === 'li' ? unreadable : 0) +
        (tag === 'ul' || tag === 'div' || tag === 'p' ? 2 : 0);
      expect(n, `<${tag}> elements`).to.be.at.most(expected);
    }
    const text = hostile.shadowRoot!.textContent!;
    const readable = HOSTILE.filter((p) => shown(p).length > 0 && shown(p).length <= 200);
    for (const payload of readable)
      expect(text.includes(shown(payload)), `shown as text: ${JSON.stringify(payload)}`).to.equal(true);
    // Long values wrap or truncate: the list never pushes the page sideways.
    expect(hostile.scrollWidth).to.be.at.most(hostile.clientWidth + 1);
  });
}
