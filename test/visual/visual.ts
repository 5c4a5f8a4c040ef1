import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';

/** The demo data's own "today", so that dates, expiries and the timeline never move. */
export const FIXED_NOW = new Date('2026-11-02T09:30:00Z').getTime();

/** Freezes `Date.now()` and `new Date()` at FIXED_NOW for the whole test page. */
export function freezeClock(): void {
  const Real = Date;
  class FixedDate extends Real {
    constructor(...args: ConstructorParameters<typeof Date> | []) {
      if (args.length === 0) super(FIXED_NOW);
      else super(...(args as ConstructorParameters<typeof Date>));
    }
    static override now(): number {
      return FIXED_NOW;
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
}

/** No caret, no transitions, no animations: nothing that differs between two runs. */
const still = new CSSStyleSheet();
still.replaceSync(
  '*, *::before, *::after { caret-color: transparent !important; transition: none !important; animation: none !important; }',
);
export function keepStill(el: Element): void {
  const root = el.shadowRoot!;
  if (!root.adoptedStyleSheets.includes(still)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, still];
}

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The page background a reseller's portal would have in each theme. */
export function pageTheme(theme: Theme): void {
  document.documentElement.style.colorScheme = theme;
  document.body.style.background = theme === 'dark' ? '#0e0f12' : '#ffffff';
  document.body.style.margin = '0';
}

export async function desktop(): Promise<void> {
  await setViewport({ width: 1024, height: 800 });
}

interface Result {
  written: boolean;
  diffRatio: number;
  reason?: string;
}

/**
 * Compares a screenshot of `target` (an element, or the open dialog inside it) with the
 * committed baseline `test/visual/baselines/<name>.png`.
 */
export async function matchesBaseline(target: Element, name: string): Promise<void> {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const box = target.getBoundingClientRect();
  const rect = { x: box.x + scrollX, y: box.y + scrollY, width: box.width, height: box.height };
  const result = await executeServerCommand<Result, { name: string; rect: typeof rect }>('tk-visual', {
    name,
    rect,
  });
  expect(result.diffRatio, `${name}: ${result.reason ?? ''}`).to.be.at.most(0.002);
}
