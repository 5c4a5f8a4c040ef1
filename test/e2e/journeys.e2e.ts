// The end-to-end journeys of issue 19: Chromium (playwright-core) against the reference server as
// `npm start` runs it, on loopback and a fresh database. Every journey runs in English, then once
// more in German (journey 9), where its last screen must show no English. Screenshots of each
// journey's last step go to test-results/e2e/ (not committed).
import { mkdirSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { englishLeft, englishWords } from './lib/english.js';
import { journeyFor, type Journey } from './lib/portal.js';
import { startServer, type RunningServer } from './lib/server.js';
import type { Lang } from './lib/texts.js';
import { resellerOnboardsCustomer } from './journeys/01-reseller-onboards-customer.js';
import { adminInvitesUser } from './journeys/02-admin-invites-user.js';
import { resellerWorksAsCustomer } from './journeys/03-reseller-works-as-customer.js';
import { userReadsOnly } from './journeys/04-user-reads-only.js';
import { helpSettingsReachCustomers } from './journeys/05-help-settings-reach-customers.js';
import { twoTabsEditOneUser } from './journeys/06-two-tabs-edit-one-user.js';
import { resellerImportsSpreadsheet } from './journeys/07-reseller-imports-spreadsheet.js';
import { resellerMovesSims } from './journeys/08-reseller-moves-sims.js';

const JOURNEYS: Array<[string, (j: Journey) => Promise<void>]> = [
  ['1 reseller onboards Initech', resellerOnboardsCustomer],
  ['2 admin invites a user, replacement link', adminInvitesUser],
  ['3 reseller works as Northwind', resellerWorksAsCustomer],
  ['4 normal user reads only', userReadsOnly],
  ['5 help settings reach the customer', helpSettingsReachCustomers],
  ['6 two tabs edit one user', twoTabsEditOneUser],
  ['7 reseller imports a spreadsheet', resellerImportsSpreadsheet],
  ['8 reseller moves three SIM cards', resellerMovesSims],
];
const OUT = 'test-results/e2e';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** Data the journeys type themselves: names, not UI strings. */
const JOURNEY_DATA = [
  'Initech',
  'Ivy',
  'Paula Pruefer',
  'Hooli',
  'Gavin',
  'Gina',
  'Pied Piper',
  'Rick',
  'Acme Hilfe',
];

let server: RunningServer;
let browser: Browser;
const english = englishWords(JOURNEY_DATA);

before(async () => {
  mkdirSync(OUT, { recursive: true });
  const started = Date.now();
  server = await startServer();
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  console.log(`# server and browser up in ${Date.now() - started} ms at ${server.url}`);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function finish(page: Page | undefined, file: string, failed: boolean): Promise<void> {
  if (!page || page.isClosed()) return;
  await page.screenshot({ path: `${OUT}/${file}.png`, fullPage: true }).catch(() => undefined);
  if (failed)
    writeFileSync(`${OUT}/${file}.aria.txt`, await page.locator('body').ariaSnapshot().catch(String));
}

for (const lang of ['en', 'de'] as Lang[]) {
  describe(lang === 'en' ? 'journeys in English' : '9 every journey in German, no English on screen', () => {
    for (const [name, journey] of JOURNEYS) {
      it(name, async () => {
        const j = journeyFor(server.url, browser, lang);
        const file = `${lang}-${name.replace(/\W+/g, '-')}`;
        const started = Date.now();
        let failed = true;
        try {
          await journey(j);
          if (lang === 'de') {
            const page = j.lastPage!;
            const htmlLang = await page.evaluate(() => document.documentElement.lang);
            if (htmlLang !== 'de') throw new Error(`the page is in "${htmlLang}", not German`);
            const left = await englishLeft(page, english);
            if (left.length) throw new Error(`English left on the German screen:\n  ${left.join('\n  ')}`);
          }
          failed = false;
        } finally {
          await finish(j.lastPage ?? j.contexts.at(-1)?.pages().at(-1), file, failed);
          console.log(`# ${lang} ${name}: ${Date.now() - started} ms${failed ? ' (failed)' : ''}`);
          await Promise.all(j.contexts.map((c) => c.close()));
        }
      });
    }
  });
}
