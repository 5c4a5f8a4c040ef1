import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { text, type Lang } from './texts.js';

export const DEMO_PASSWORD = 'tenantkit-demo';

/** What every journey gets: the server's address, the browser, and the language of this run. */
export interface Journey {
  url: string;
  browser: Browser;
  lang: Lang;
  /** `text(lang, key, params)` of this run's language. */
  t: (key: string, params?: Record<string, string | number>) => string;
  /** `key`'s text as a whole-text pattern, each `{placeholder}` one captured group. */
  pattern: (key: string, params?: Record<string, string | number>) => RegExp;
  /** A name unique to this run (the German run creates its own customers and users). */
  unique: (name: string) => string;
  /** A fresh browser context (its own storage), closed after the journey. */
  newPage(): Promise<Page>;
  /** The page whose screen the journey ends on: screenshot and (German run) the English check. */
  last(page: Page): void;
}

export function journeyFor(
  url: string,
  browser: Browser,
  lang: Lang,
): Journey & { contexts: BrowserContext[]; lastPage?: Page } {
  const journey: Journey & { contexts: BrowserContext[]; lastPage?: Page } = {
    url,
    browser,
    lang,
    t: (key, params) => text(lang, key, params),
    pattern: (key, params) => {
      const hole = '\u0000';
      const filled = text(lang, key, new Proxy(params ?? {}, { get: (p, name: string) => p[name] ?? hole }));
      return new RegExp(
        `^${filled
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          .split(hole)
          .join('(.+?)')}$`,
      );
    },
    unique: (name) => (lang === 'en' ? name : `${name} DE`),
    contexts: [],
    async newPage() {
      // The browser's own language is English in both runs: the German run switches the portal.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
      context.setDefaultTimeout(10_000);
      journey.contexts.push(context);
      return context.newPage();
    },
    last(page) {
      journey.lastPage = page;
    },
  };
  return journey;
}

/**
 * Opens the sign-in page and picks the run's language with the portal's own switch (remembered:
 * a page of a context that picked it already opens in that language, so the switch has either name).
 */
export async function openPortal(j: Journey, page: Page, path = '/'): Promise<void> {
  await page.goto(`${j.url}${path}`);
  const names = new Set([text('en', 'session.language'), j.t('session.language')]);
  await page.getByRole('combobox', { name: new RegExp(`^(${[...names].join('|')})$`) }).selectOption(j.lang);
  await page.getByRole('heading', { level: 1, name: j.t('portal.title') }).waitFor();
}

/** Signs in through the form; waits for the signed-in portal. */
export async function signIn(j: Journey, page: Page, login: string, password = DEMO_PASSWORD): Promise<void> {
  const form = page.getByRole('form', { name: j.t('signIn.title') });
  await form.getByLabel(j.t('signIn.login')).fill(login);
  await form.getByLabel(j.t('signIn.password'), { exact: true }).fill(password);
  await form.getByRole('button', { name: j.t('signIn.submit') }).click();
  await page.getByRole('button', { name: j.t('session.signOut') }).waitFor();
}

/** A fresh page, the portal in the run's language (or `lang`), signed in as `login` with the demo password. */
export async function signedIn(j: Journey, login: string, lang = j.lang): Promise<Page> {
  const page = await j.newPage();
  await openPortal({ ...j, lang, t: (key, params) => text(lang, key, params) }, page);
  await signIn({ ...j, t: (key, params) => text(lang, key, params) }, page, login);
  return page;
}

/** Follows the portal's navigation to a view; returns the view's region. */
export async function goTo(j: Journey, page: Page, nav: string, heading = nav.replace('nav.', 'view.')) {
  await page
    .getByRole('navigation', { name: j.t('nav.label') })
    .getByRole('link', { name: j.t(nav) })
    .click();
  const region = page.getByRole('region', { name: j.t(heading), exact: true });
  await region.waitFor();
  return region;
}

interface Mail {
  to: string;
  subject: string;
  body: string;
  linkUrl: string | null;
}

/** The newest mail to `address` in the server's dev outbox (the password links). */
export async function newestMail(request: APIRequestContext, url: string, address: string): Promise<Mail> {
  const answer = await request.get(`${url}/api/dev/outbox`);
  const { items } = (await answer.json()) as { items: Mail[] };
  const mail = items.find((m) => m.to.toLowerCase() === address.toLowerCase());
  if (!mail) throw new Error(`no mail to ${address} in the outbox`);
  return mail;
}

/** The API token the portal holds for its signed-in user, taken the way a forced request would: by signing in. */
export async function apiToken(
  request: APIRequestContext,
  url: string,
  login: string,
  password = DEMO_PASSWORD,
) {
  const answer = await request.post(`${url}/api/auth/login`, { data: { login, password } });
  if (!answer.ok()) throw new Error(`sign-in of ${login} failed: ${answer.status()}`);
  return ((await answer.json()) as { token: string }).token;
}
