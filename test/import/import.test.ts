import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { matchHeaders } from '../../src/components/import/fields.js';
import { decodeText } from '../../src/components/import/parse.js';
import type { TkImportCompleteDetail } from '../../src/components/import/events.js';
import {
  $,
  $$,
  button,
  check,
  choose,
  csvFile,
  fixtureFile,
  importClient,
  mapping,
  mount,
  statuses,
} from './helpers.js';

const CLEAN_HEADER = 'Customer name,Customer reference,Product type,Country,User name,E-mail,Role';

describe('<tk-import>', () => {
  it('is accessible in the file step', async () => {
    const el = await mount(importClient().client);
    expect(el.step).to.equal('file');
    await expect(el).to.be.accessible();
  });

  describe('header matching', () => {
    const cases: [string, string[], string[]][] = [
      ['en', ['Customer', 'Reference', 'Product type', 'Country', 'Name', 'Email', 'Role'], []],
      ['de', ['Mandant', 'Kundennummer', 'Produkttyp', 'Land', 'Anwender', 'E-Mail-Adresse', 'Rolle'], []],
      ['fr', ['Nom du client', 'Référence client', 'Type de produit', 'Pays', 'Nom', 'Courriel', 'Rôle'], []],
      ['hu', ['Ügyfél neve', 'Ügyfélszám', 'Terméktípus', 'Ország', 'Név', 'E-mail-cím', 'Szerepkör'], []],
    ];
    for (const [lang, headers] of cases)
      it(`matches ${lang} headers`, () => {
        expect(matchHeaders(headers)).to.deep.equal([
          'customer.name',
          'customer.reference',
          'customer.productTypeId',
          'customer.country',
          'user.name',
          'user.email',
          'user.role',
        ]);
      });

    it('leaves unknown columns out and matches a header that starts with a known word', () => {
      expect(matchHeaders(['E-Mail (geschäftlich)', 'Lieblingsfarbe', 'Name'])).to.deep.equal([
        'user.email',
        null,
        'user.name',
      ]);
    });
  });

  it('decodes Windows-1252 when the bytes are not UTF-8, and drops a UTF-8 BOM', () => {
    expect(decodeText(new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x80]))).to.equal('Müller €');
    expect(decodeText(new TextEncoder().encode('\ufeffMüller'))).to.equal('Müller');
  });

  it('reads the German Excel export (semicolons, Windows-1252) and notes the unknown column', async () => {
    const el = await mount(importClient().client);
    await choose(el, await fixtureFile('german-excel.csv'));
    expect(mapping(el)).to.deep.equal([
      'customer.name',
      'customer.reference',
      'customer.productTypeId',
      'customer.country',
      'user.name',
      'user.email',
      'user.role',
      'customer.notes',
    ]);
    expect($(el, '[part=mapping] tbody td').textContent).to.equal('Mandant');
    expect($(el, '[part=mapping] tbody tr td:nth-child(2)').textContent).to.contain('Müller & Söhne GmbH');
    await expect(el).to.be.accessible();
    await check(el);
    expect(statuses(el)).to.deep.equal(['Will create', 'Will create', 'Will create']);
  });

  it('reads an XLSX with two sheets, starting on the one with rows, and lets the user switch', async () => {
    const el = await mount(importClient().client);
    await choose(el, await fixtureFile('two-sheets.xlsx'));
    const sheet = $<HTMLSelectElement>(el, '#sheet');
    expect([...sheet.options].map((o) => o.textContent)).to.deep.equal(['Notes', 'Clients']);
    expect(sheet.value).to.equal('1');
    expect(mapping(el)).to.deep.equal([
      'customer.name',
      'customer.reference',
      'customer.productTypeId',
      'customer.country',
      'user.name',
      'user.email',
      'user.role',
    ]);
    await check(el);
    expect(statuses(el)).to.deep.equal(['Will create', 'Will create']);
  });

  it('takes cells pasted from a spreadsheet (tab separated)', async () => {
    const el = await mount(importClient().client);
    const paste = $<HTMLTextAreaElement>(el, '#paste');
    paste.value = 'Mandant\tE-Mail\tAnwender\nNorthwind Traders\tpaste@northwind.example\tPia Paste\n';
    paste.dispatchEvent(new Event('input'));
    await el.updateComplete;
    button(el, 'Use pasted cells').click();
    await waitUntil(() => el.step === 'columns');
    expect(mapping(el)).to.deep.equal(['customer.name', 'user.email', 'user.name']);
  });

  it('lets the user correct the mapping: a field belongs to one column', async () => {
    const el = await mount(importClient().client);
    await choose(el, csvFile('Foo,E-mail,Name\nx,a@b.example,Al\n'));
    const selects = $$<HTMLSelectElement>(el, '[part=mapping] select');
    expect(mapping(el)).to.deep.equal(['', 'user.email', 'user.name']);
    expect($(el, '.panel').textContent).to.contain('1 column is ignored: Foo.');
    selects[0]!.value = 'user.email';
    selects[0]!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(mapping(el)).to.deep.equal(['user.email', '', 'user.name']);
  });

  it('checks every kind of row error, filters to errors, downloads them safely, fixes one in place', async () => {
    const { client, state } = importClient();
    const el = await mount(client);
    await choose(el, await fixtureFile('errors.csv'));
    await check(el);
    expect(state.calls.every((c) => c.dryRun)).to.equal(true);
    expect($(el, '.counts').textContent).to.contain('With errors: 11');
    await expect(el).to.be.accessible();

    const filter = $<HTMLInputElement>(el, '.row-actions input[type=checkbox]');
    filter.click();
    await el.updateComplete;
    expect(statuses(el).every((s) => s === 'Error')).to.equal(true);
    expect($$(el, '[part=row]')).to.have.length(11);
    expect($$(el, '[part=row] .problems')[0]!.textContent).to.contain('Customer name: Required.');

    const csv = el.errorsCsv();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).to.equal(`${CLEAN_HEADER},Permissions,Error`);
    expect(lines).to.have.length(12);
    expect(csv).to.contain('No such product type.');
    const captured: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (captured.push(blob), 'blob:test');
    try {
      button(el, 'Download errors').click();
    } finally {
      URL.createObjectURL = original;
    }
    expect(await captured[0]!.text()).to.contain('Bad Mail,not-an-email');

    // Fix the bad e-mail in place (line 8), then check again.
    const fix = $$<HTMLButtonElement>(el, '[part=row] button').find((b) => b.ariaLabel?.endsWith('Line 8'))!;
    fix.click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'fix-user-email');
    const input = $<HTMLInputElement>(el, '#fix-user-email');
    expect(input.value).to.equal('not-an-email');
    await expect(el).to.be.accessible();
    input.value = 'fixed@good.example';
    input.dispatchEvent(new Event('change'));
    const again = [...$(el, '[part=fix]').querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === 'Check again',
    )!;
    again.click();
    await waitUntil(() => $(el, '.counts')?.textContent?.includes('With errors: 10'), 'fix not applied');
  });

  it('the summary marks the rows the check failed as not imported', async () => {
    const el = await mount(importClient().client);
    await choose(el, await fixtureFile('errors.csv'));
    await check(el);
    button(el, 'Import 1 row').click();
    await waitUntil(() => el.step === 'links');
    const shown = statuses(el);
    expect(shown.filter((s) => s === 'Not imported')).to.have.length(11);
    expect(shown.filter((s) => s !== 'Not imported')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('formula-looking cells are defused in the error download', async () => {
    const el = await mount(importClient().client);
    await choose(el, csvFile('Customer name,E-mail,User name\n=HYPERLINK("x"),bad,@SUM(1)\n'));
    await check(el);
    expect(el.errorsCsv()).to.contain(`"'=HYPERLINK(""x"")",bad,'@SUM(1)`);
  });

  it('imports in batches with progress and events, then sends the password links on request', async () => {
    const { client, inner, state } = importClient();
    const el = await mount(client, { batchSize: 1 });
    await choose(el, await fixtureFile('clean.csv'));
    await check(el);
    const progress: number[] = [];
    el.addEventListener('tk-import-progress', (e) => progress.push(e.detail.done));
    const complete = oneEvent(el, 'tk-import-complete');
    button(el, 'Import 3 rows').click();
    const detail = (await complete).detail as TkImportCompleteDetail;
    expect(detail).to.deep.equal({ created: 5, updated: 0, failed: 0 });
    expect(progress).to.deep.equal([1, 2, 3]);
    const written = state.calls.filter((c) => !c.dryRun);
    expect(written).to.have.length(3);
    expect(new Set(written.map((c) => c.key)).size).to.equal(3);
    await el.updateComplete;
    expect(el.step).to.equal('links');
    expect(statuses(el)).to.deep.equal(['Created', 'Created', 'Created']);
    await expect(el).to.be.accessible();

    const users = await inner.listUsers(
      (await inner.listChildAccounts('acc_acme', { q: 'Fabrikam' })).items[0]!.id,
    );
    expect(users.items.map((u) => [u.email, u.status, u.passwordLink])).to.deep.equal([
      ['franz@fabrikam.example', 'invited', null],
      ['frieda@fabrikam.example', 'invited', null],
    ]);
    button(el, 'Send password links to 3 users now').click();
    await waitUntil(() =>
      $(el, '[aria-labelledby=links-title]').textContent!.includes('Password links sent to 3 users.'),
    );
    expect(state.links).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('"later" sends no link', async () => {
    const { client, state } = importClient();
    const el = await mount(client);
    await choose(el, await fixtureFile('clean.csv'));
    await check(el);
    button(el, 'Import 3 rows').click();
    await waitUntil(() => el.step === 'links');
    button(el, 'Later').click();
    await el.updateComplete;
    expect($(el, '[aria-labelledby=links-title]').textContent).to.contain('No links were sent.');
    expect(state.links).to.have.length(0);
  });

  it('a host may veto the import (cancelable tk-import-start)', async () => {
    const { client, state } = importClient();
    const el = await mount(client);
    await choose(el, await fixtureFile('clean.csv'));
    await check(el);
    el.addEventListener('tk-import-start', (e) => e.preventDefault());
    button(el, 'Import 3 rows').click();
    await aTimeout(20);
    expect(el.step).to.equal('check');
    expect(state.calls.some((c) => !c.dryRun)).to.equal(false);
  });

  it('cancel half-way, then a re-run of the file creates nothing twice', async () => {
    const { client, inner, state } = importClient();
    const el = await mount(client, { batchSize: 1 });
    await choose(el, await fixtureFile('clean.csv'));
    await check(el);
    let release!: () => void;
    let written = 0;
    el.addEventListener('tk-import-progress', () => {
      written++;
      if (written === 1) state.gate = new Promise((resolve) => (release = resolve));
    });
    button(el, 'Import 3 rows').click();
    await waitUntil(() => written === 1 && $(el, 'progress'));
    expect(($(el, 'progress') as HTMLProgressElement).value).to.equal(1);
    expect($(el, '.progress-text').textContent).to.contain('1 of 3 rows');
    await expect(el).to.be.accessible();
    button(el, 'Cancel').click();
    release();
    await waitUntil(() => $(el, '.banner.warning'), 'no cancelled notice');
    expect($(el, '.banner.warning').textContent).to.contain('after 1 of 3 rows');
    state.gate = undefined;
    button(el, 'Import 3 rows').click();
    await waitUntil(() => el.step === 'links');
    const fabrikam = (await inner.listChildAccounts('acc_acme', { q: 'Fabrikam' })).items;
    expect(fabrikam).to.have.length(1);
    expect((await inner.listUsers(fabrikam[0]!.id)).total).to.equal(2);
  });

  it('a network failure during a batch: retry with the same key creates nothing twice', async () => {
    const { client, inner, state } = importClient();
    const el = await mount(client, { batchSize: 2 });
    await choose(el, await fixtureFile('clean.csv'));
    await check(el);
    state.dropAnswers = 1;
    button(el, 'Import 3 rows').click();
    await waitUntil(() => $(el, '.banner.error'), 'no failure shown');
    expect($(el, '.banner.error').textContent).to.contain('stopped after 0 of 3 rows');
    await expect(el).to.be.accessible();
    const retry = $<HTMLButtonElement>(el, '[part=retry]');
    expect(retry.textContent!.trim()).to.equal('Try again');
    retry.click();
    await waitUntil(() => el.step === 'links');
    const keys = state.calls.filter((c) => !c.dryRun).map((c) => c.key);
    expect(keys).to.have.length(3);
    expect(keys[0]).to.equal(keys[1], 'the retry repeats the key');
    const fabrikam = (await inner.listChildAccounts('acc_acme', { q: 'Fabrikam' })).items;
    expect(fabrikam).to.have.length(1);
    expect((await inner.listUsers(fabrikam[0]!.id)).total).to.equal(2);
    expect(statuses(el)).to.deep.equal(['Created', 'Created', 'Created']);
  });

  it('checks 10,000 rows and renders only a window of them', async function () {
    this.timeout(30_000);
    const { rows10k } = (await import(
      new URL('../fixtures/import/generate-10k.mjs', import.meta.url).href
    )) as { rows10k: (n: number) => string[][] };
    const el = await mount(importClient().client);
    await choose(
      el,
      csvFile(
        rows10k(10_000)
          .map((r) => r.join(','))
          .join('\n'),
      ),
    );
    await check(el);
    await waitUntil(() => $(el, '.counts'), 'check did not finish', { timeout: 25_000 });
    expect($$(el, '[part=row]').length).to.be.below(60);
    expect($(el, '[part=results]').getAttribute('aria-rowcount')).to.equal('10001');
    const scroller = $(el, '[part=results]');
    scroller.scrollTop = scroller.scrollHeight;
    scroller.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    await el.updateComplete;
    expect($$(el, '[part=row]').at(-1)!.getAttribute('aria-rowindex')).to.equal('10001');
  });

  it('can be used with the keyboard only, from file to password links', async () => {
    const { client, state } = importClient();
    const el = await mount(client);
    // The file picker is the one control a test cannot drive by keys; pasting is.
    $<HTMLTextAreaElement>(el, '#paste').focus();
    await sendKeys({ type: 'Customer name,E-mail,User name' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Northwind Traders,keys@northwind.example,Kim Keys' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.step === 'columns');
    await waitUntil(() => el.shadowRoot!.activeElement?.tagName === 'H2', 'focus on the step heading');
    const check = button(el, 'Check');
    check.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(el, '[part=row]').length === 1);
    button(el, 'Import 1 row').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.step === 'links');
    button(el, /Send the password link/).focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => state.links.length === 1);
  });

  it('shows a read-only note to normal users', async () => {
    const el = await mount(importClient({ principal: 'usr_nw_user' }).client);
    expect(el.shadowRoot!.textContent).to.contain('Only administrators can import.');
    await expect(el).to.be.accessible();
  });

  it('is localized: German steps and template headers', async () => {
    const el = await mount(importClient().client, { locale: 'de' });
    expect($(el, 'h2').textContent).to.contain('Schritt 1 von 5: Datei');
    await choose(el, await fixtureFile('clean.csv'));
    expect($(el, '[part=mapping] select option[selected]')?.textContent).to.exist;
    expect(button(el, 'Prüfen')).to.exist;
  });
});
