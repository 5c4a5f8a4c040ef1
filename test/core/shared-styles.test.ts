import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { TkPartHost } from './part-host.js';
import './part-host.js';
import { contrast, parse } from './colour.js';

const rgb = parse;

async function host(theme: 'light' | 'dark') {
  return fixture<TkPartHost>(
    html`<tk-part-host
      theme=${theme}
      .view=${() =>
        html`<button class="btn primary" id="p">New user</button>
          <button class="btn primary danger" id="d">Delete</button>
          <button class="btn" id="n">Cancel</button>
          <input id="bad" aria-invalid="true" /> <input id="ok" />
          <div class="banner success" id="b">Saved</div>`}
    ></tk-part-host>`,
  );
}

describe('shared styles', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`keeps primary and danger buttons readable on hover (${theme})`, async () => {
      const el = await host(theme);
      for (const id of ['p', 'd', 'n']) {
        const button = el.shadowRoot!.getElementById(id)!;
        const box = button.getBoundingClientRect();
        await sendMouse({ type: 'move', position: [Math.round(box.x + 5), Math.round(box.y + 5)] });
        expect(button.matches(':hover')).to.equal(true);
        const style = getComputedStyle(button);
        const ratio = contrast(rgb(style.color), rgb(style.backgroundColor));
        expect(ratio, `${id} on hover`).to.be.at.least(4.5);
      }
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it(`gives an invalid field a red border that wins over the input rule (${theme})`, async () => {
      const el = await host(theme);
      const bad = getComputedStyle(el.shadowRoot!.getElementById('bad')!).borderInlineStartColor;
      const ok = getComputedStyle(el.shadowRoot!.getElementById('ok')!).borderInlineStartColor;
      const danger = getComputedStyle(el).getPropertyValue('--_danger');
      expect(bad).to.not.equal(ok);
      const probe = document.createElement('span');
      el.shadowRoot!.append(probe);
      probe.style.setProperty('color', danger);
      expect(bad).to.equal(getComputedStyle(probe).color);
    });
  }

  it('puts hover styles only under (hover: hover), so taps on touch screens do not stick', async () => {
    const { sharedStyles } = await import('../../src/core/shared.styles.js');
    const text = sharedStyles.cssText.replace(/@media \(hover: hover\) \{[\s\S]*?\n  \}\n/g, '');
    expect(text).to.not.match(/:hover/);
  });
});
