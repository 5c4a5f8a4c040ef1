import { html, type TemplateResult } from 'lit';
import { safeHref } from '../../core/links.js';

/** One piece of a reseller's plain-text message: text as it is, or an `http(s):` link. */
export type MessageSegment = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'`]+/gi;
const CLOSING: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** Sentence punctuation after a URL is not part of it; a closing bracket only when it is unbalanced. */
function trimUrl(url: string): string {
  let end = url.length;
  for (;;) {
    const last = url[end - 1]!;
    const opening = CLOSING[last];
    const part = url.slice(0, end);
    if ('.,;:!?'.includes(last)) end--;
    else if (opening && part.split(opening).length <= part.split(last).length - 1) end--;
    else return part;
  }
}

/**
 * Splits plain text into text and link segments: every `http(s):` URL in it becomes a link,
 * everything else stays text (never markup). Pure; line breaks stay in the text segments.
 */
export function messageSegments(text: string): MessageSegment[] {
  const segments: MessageSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const url = trimUrl(match[0]);
    const start = match.index;
    const href = /^https?:\/\/[^/?#\s]/i.test(url) ? safeHref(url) : undefined;
    if (!href) continue;
    if (start > last) segments.push({ kind: 'text', text: text.slice(last, start) });
    segments.push({ kind: 'link', text: url, href });
    last = start + url.length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/** The segments as Lit text and `<a>` parts; links open in a new tab. */
export function renderMessage(
  segments: readonly MessageSegment[],
  onLink: (e: MouseEvent, href: string) => void,
  newTab: string,
): TemplateResult {
  return html`${segments.map((s) =>
    s.kind === 'text'
      ? s.text
      : html`<a
          part="message-link"
          href=${s.href}
          target="_blank"
          rel="noopener noreferrer"
          @click=${(e: MouseEvent) => onLink(e, s.href)}
          >${s.text}<span class="visually-hidden"> ${newTab}</span></a
        >`,
  )}`;
}
