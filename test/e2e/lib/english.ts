import type { Page } from 'playwright-core';
import { createDemoData } from '../../../src/api/memory/demo-data.js';
import { CATALOGS } from './texts.js';

const WORD = /\p{L}[\p{L}’'-]*\p{L}/gu;
const words = (text: string) => (text.replace(/\{\w+\}/g, ' ').match(WORD) ?? []).map((w) => w.toLowerCase());

/** Strings of the demo data: localized ones (an object with `en` and `de`) by language, the rest as plain data. */
function demoStrings() {
  const localized = { en: [] as string[], de: [] as string[] };
  const plain: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') plain.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.en === 'string' && typeof record.de === 'string') {
        localized.en.push(record.en);
        localized.de.push(record.de);
        for (const [key, inner] of Object.entries(record)) if (key !== 'en' && key !== 'de') walk(inner);
      } else Object.values(record).forEach(walk);
    }
  };
  walk(createDemoData());
  return { localized, plain };
}

/**
 * Words that show English is left on a German screen: every word of the English UI strings (the
 * elements' catalogs, the portal's own, and localized demo texts such as permission names), minus
 * words German uses too ("Status", "Portal", "Login"…) and words of plain data values (names,
 * e-mail addresses, the reseller's own help texts).
 */
export function englishWords(extraData: readonly string[] = []): Set<string> {
  const { localized, plain } = demoStrings();
  const german = new Set([...Object.values(CATALOGS.de), ...localized.de].flatMap(words));
  const data = new Set([...plain, ...extraData].flatMap(words));
  const english = [...Object.values(CATALOGS.en), ...localized.en].flatMap(words);
  return new Set(english.filter((w) => w.length > 2 && !german.has(w) && !data.has(w)));
}

/**
 * The visible text of the page in its own language: text nodes of the document and every open
 * shadow root whose element renders, and placeholders. Text marked with another language
 * (`lang="en"` on a native language name) is left out.
 */
export function visibleTexts(page: Page): Promise<string[]> {
  // A string, not a function: the TypeScript loader would wrap named functions in a helper the page lacks.
  return page.evaluate(VISIBLE_TEXTS) as Promise<string[]>;
}

const VISIBLE_TEXTS = `(() => {
  const found = [];
  const pageLang = document.documentElement.lang;
  const langOf = (el) => {
    for (let node = el; node; ) {
      if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return pageLang;
  };
  const shown = (el) => el.checkVisibility({ visibilityProperty: true }) && langOf(el).startsWith(pageLang.slice(0, 2));
  const visit = (node) => {
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return;
    if (node.nodeType === Node.TEXT_NODE) {
      const value = node.textContent.trim();
      if (value && node.parentElement && shown(node.parentElement)) found.push(value);
      return;
    }
    if (node instanceof Element) {
      const placeholder = node.getAttribute('placeholder');
      if (placeholder && shown(node)) found.push(placeholder);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(document.body);
  return found;
})()`;

/** The visible strings that contain an English word, each with the words found. */
export async function englishLeft(page: Page, english: Set<string>): Promise<string[]> {
  const texts = await visibleTexts(page);
  const left = new Set<string>();
  for (const t of texts) {
    const hits = words(t).filter((w) => english.has(w));
    if (hits.length) left.add(`"${t.slice(0, 120)}" (${[...new Set(hits)].join(', ')})`);
  }
  return [...left];
}
