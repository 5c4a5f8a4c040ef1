import { expect, waitUntil } from '@open-wc/testing';
import { HOSTILE } from '../hardening/hostile-corpus.js';
import { $, $$, button, check, choose, csvFile, importClient, mount, statuses } from './helpers.js';

/**
 * Issue 20, the two findings of the hostile suite's tk-import rows, each pinned: a cell the
 * contract cannot store (a NUL, an unpaired surrogate) failed the whole check batch (one error
 * panel, no rows), so 117 corpus cells never reached the check results; and the `import.label`
 * override was shown nowhere.
 */
const quote = (v: string) => `"${v.replaceAll('"', '""')}"`;
const rowsCsv = (names: readonly string[]) =>
  [
    'Customer name,E-mail,User name',
    ...names.map((n, i) => `Northwind Traders,h${i}@corpus.example,${quote(n)}`),
  ].join('\r\n');
const problems = (el: HTMLElement) => $$(el, '[part=row] .problems').map((p) => p.textContent!.trim());
const UNSTORABLE = 'User name: Contains a character that cannot be stored';

describe('<tk-import> with text the contract cannot store', () => {
  it('refuses a NUL cell on its own row, unsent, and checks the rows around it', async () => {
    const { client, state } = importClient();
    const el = await mount(client);
    await choose(el, csvFile(rowsCsv(['Ann Before', 'nul\u0000inside', 'Bob After'])));
    await check(el);
    expect($(el, '[part=error]'), 'an error panel for the whole check').to.equal(null);
    expect(statuses(el)).to.deep.equal(['Will create', 'Error', 'Will create']);
    expect(problems(el)[1]).to.contain(UNSTORABLE);
    expect(problems(el)[0]).to.equal('');
    expect(
      state.calls.map((c) => c.rows),
      'rows sent',
    ).to.deep.equal([2]);
  });

  it('refuses pasted cells with unpaired surrogates on their rows, and imports the others', async () => {
    const { client, state } = importClient();
    const el = await mount(client);
    const paste = $<HTMLTextAreaElement>(el, '#paste');
    paste.value =
      'Mandant\tE-Mail\tAnwender\nNorthwind Traders\tp1@nw.example\tlone \ud800 high\n' +
      'Northwind Traders\tp2@nw.example\tlone \udc00 low\nNorthwind Traders\tp3@nw.example\tPia Paired 😀\n';
    paste.dispatchEvent(new Event('input'));
    await el.updateComplete;
    button(el, 'Use pasted cells').click();
    await waitUntil(() => el.step === 'columns');
    await el.updateComplete;
    await check(el);
    expect(statuses(el)).to.deep.equal(['Error', 'Error', 'Will create']);
    expect(
      problems(el)
        .slice(0, 2)
        .every((p) => p.includes(UNSTORABLE)),
    ).to.equal(true);
    button(el, 'Import 1 row').click();
    await waitUntil(() => el.step === 'links', 'the import did not finish');
    expect(state.calls.map((c) => [c.dryRun, c.rows])).to.deep.equal([
      [true, 1],
      [false, 1],
    ]);
  });

  it('reaches the check results of the whole hostile corpus at once, the NUL row failing alone', async () => {
    const el = await mount(importClient().client);
    await choose(el, csvFile(rowsCsv(HOSTILE)));
    await el.updateComplete;
    const started = performance.now();
    await check(el);
    await waitUntil(() => $(el, '.counts'), 'no tallies', { timeout: 8000 });
    expect(performance.now() - started, 'ms to the check results').to.be.below(8000);
    expect($(el, '[part=error]')).to.equal(null);
    expect($(el, '[part=results]').getAttribute('aria-rowcount')).to.equal(String(HOSTILE.length + 1));
    // Only the NUL cell is unstorable: the lone surrogates reached the file as U+FFFD (UTF-8 holds none).
    $<HTMLInputElement>(el, '.row-actions input[type=checkbox]').click();
    await el.updateComplete;
    expect(problems(el).filter((p) => p.includes(UNSTORABLE))).to.have.length(1);
  });
});

describe('<tk-import> label override', () => {
  it('names the element with import.label exactly as given', async () => {
    const label = '<scr<script>ipt>window.__tkPwned=1</scr</script>ipt>';
    const el = await mount(importClient().client);
    el.messages = { 'import.label': label };
    await el.updateComplete;
    expect($(el, 'section').getAttribute('aria-label')).to.equal(label);
    expect($(el, 'section script')).to.equal(null);
  });
});
