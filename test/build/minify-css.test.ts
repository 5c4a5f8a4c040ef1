import { expect } from '@open-wc/testing';
import type { CSSResult, ReactiveElement } from 'lit';
import { minifyCss } from '../../scripts/minify-css.mjs';
import { ELEMENTS } from '../../src/loader/elements.js';
import '../../src/define/all.js';

/** The rules Chromium reads from a style text, nested ones included; spaces after commas dropped. */
function rules(css: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const walk = (list: CSSRuleList): string[] =>
    [...list].flatMap((rule) =>
      'cssRules' in rule
        ? [rule.cssText.slice(0, rule.cssText.indexOf('{')), ...walk((rule as CSSGroupingRule).cssRules)]
        : [rule.cssText],
    );
  // Values holding var() keep their text as written, `var(--a, b)` beside `var(--a,b)`.
  return walk(sheet.cssRules).map((text) => text.replace(/,\s+/g, ','));
}

/** Every style text of every element, as the build minifies them (rollup.config.mjs). */
const styles = ELEMENTS.flatMap((name) => {
  const element = customElements.get(`tk-${name}`) as unknown as typeof ReactiveElement;
  return element.elementStyles.map((style) => [name, (style as CSSResult).cssText] as const);
});

describe('minified element styles (CDN and one-file builds)', () => {
  it('are read as the same rules as the written ones, for every element', () => {
    expect(styles.length).to.be.greaterThan(ELEMENTS.length);
    for (const [name, css] of styles) {
      const written = rules(css);
      expect(written.length, name).to.be.greaterThan(0);
      expect(rules(minifyCss(css)), name).to.deep.equal(written);
    }
  });

  it('are smaller than the written ones', () => {
    const size = (texts: string[]) => texts.reduce((sum, text) => sum + text.length, 0);
    const written = styles.map(([, css]) => css);
    expect(size(written.map(minifyCss))).to.be.lessThan(size(written) * 0.8);
  });

  it('keep quoted strings and the space a descendant combinator needs', () => {
    expect(minifyCss(".a :focus-visible ,\n .b > .c { content: ' ⚠ , x' ; }")).to.equal(
      ".a :focus-visible,.b > .c{content: ' ⚠ , x'}",
    );
  });
});
