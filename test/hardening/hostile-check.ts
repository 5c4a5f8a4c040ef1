import { expect } from '@open-wc/testing';
import { shown } from './hostile-corpus.js';

/**
 * The checks of the hostile-data suites (issue 20), one place for the memory and the server runs:
 * what a shadow tree shows, which elements, handlers and links it holds, and the verdict.
 */
declare global {
  interface Window {
    __tkPwned?: number;
  }
}

/** Shown text of a shadow tree: its text, and the titles, values and labels that show a value. */
export function visible(root: ShadowRoot): string {
  const parts = [root.textContent ?? ''];
  for (const node of root.querySelectorAll('*')) {
    for (const name of ['title', 'aria-label', 'alt']) parts.push(node.getAttribute(name) ?? '');
    if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) parts.push(node.value);
  }
  return parts.join('\n');
}

/** Tag names, on* attributes and links of a shadow tree (and of the shadow trees inside it). */
export function census(
  root: ShadowRoot,
  into = { tags: new Set<string>(), handlers: [] as string[], links: [] as string[] },
) {
  for (const node of root.querySelectorAll('*')) {
    into.tags.add(node.localName);
    for (const attr of node.attributes)
      if (/^on/i.test(attr.name)) into.handlers.push(`${node.localName}[${attr.name}]`);
    if (node.localName === 'a' || node.localName === 'area') into.links.push(node.getAttribute('href') ?? '');
    if (node.shadowRoot) census(node.shadowRoot, into);
  }
  return into;
}

/**
 * The tags of the element's own unreadable-rows warning (src/core/parts/unreadable-rows.ts), shown
 * for rows the client's schema refuses (a NUL, a lone surrogate): allowed only when the warning has
 * exactly that part's shape, a text-only <p> and a <ul> of text-only <li>, so markup injected into
 * it (or anywhere else) is still foreign.
 */
function ownWarningTags(root: ShadowRoot): string[] {
  const warnings = [...root.querySelectorAll('[part~="unreadable-rows"]')];
  const textOnly = (e: Element) => e.childElementCount === 0;
  const shaped = (w: Element) =>
    [...w.children].every(
      (c) =>
        (c.localName === 'p' && textOnly(c)) ||
        (c.localName === 'ul' && [...c.children].every((li) => li.localName === 'li' && textOnly(li))),
    );
  return warnings.length && warnings.every(shaped) ? ['div', 'p', 'ul', 'li'] : [];
}

export const SAFE_LINK = /^(https?:|mailto:|tel:|#|\/(?!\/))/i;

/** Fails on a run payload, markup, an unsafe link, sideways overflow or a text not shown as given. */
export function expectClean(el: HTMLElement, baseline: Set<string>, shownTexts: string[], what: string) {
  expect(window.__tkPwned, `${what}: a payload ran`).to.equal(undefined);
  const found = census(el.shadowRoot!);
  expect(found.handlers, `${what}: event-handler attributes`).to.deep.equal([]);
  const own = new Set([...baseline, ...ownWarningTags(el.shadowRoot!)]);
  const foreign = [...found.tags].filter((t) => !own.has(t));
  expect(foreign, `${what}: elements that are not the element's own`).to.deep.equal([]);
  for (const href of found.links) expect(href, `${what}: unsafe link`).to.match(SAFE_LINK);
  expect(el.scrollWidth, `${what}: overflows 390 px sideways`).to.be.at.most(el.clientWidth + 1);
  const text = visible(el.shadowRoot!);
  for (const t of shownTexts)
    expect(text.includes(t), `${what}: not shown as given: ${JSON.stringify(t).slice(0, 80)}`).to.equal(true);
}

/** Payloads a text field must show as given: non-empty once trimmed and within one screenful. */
export const showable = (p: string) =>
  shown(p).length > 0 && shown(p).length <= 200 && !/[\r\n\t]/.test(shown(p));
