import { expect, waitUntil } from '@open-wc/testing';
import { STRICT_CSP_OF_ISSUE_20 } from './policy.js';
import { check, choose, csvFile, importClient, mount } from '../import/helpers.js';

/**
 * Issue 20 under the issue's policy, word for word: the import's file, columns and check steps,
 * with hostile cells, raise no `securitypolicyviolation`.
 */
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) =>
  violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
);

describe('under the policy of issue 20', () => {
  it('the page is served with exactly that policy', () => {
    const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(meta?.getAttribute('content')).to.equal(STRICT_CSP_OF_ISSUE_20);
  });

  it('the import: file step, columns, check results with hostile cells, no violation', async () => {
    const { client } = importClient();
    const el = await mount(client);
    const hostile = '"<img src=x onerror=window.__tkPwned=1>"';
    await choose(
      el,
      csvFile(
        `Customer,Reference,Product type,Country,User name,E-mail\n` +
          `${hostile},=HYPERLINK("http://evil.example"),pt_business,DE,<svg onload=x>,a@csp.example\n`,
      ),
    );
    await check(el);
    await waitUntil(() => el.shadowRoot!.textContent!.includes('<img src=x'), 'the cell is shown as text');
    expect((window as { __tkPwned?: number }).__tkPwned).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('img[src=x], svg[onload]')).to.equal(null);
    expect(violations).to.deep.equal([]);
  });
});
