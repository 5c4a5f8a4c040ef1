const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The URL when it is an `http(s):`, `mailto:` or `tel:` link, else undefined: nothing else is ever rendered as a link. */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, document.baseURI);
    return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Fills `{name}` segments of a URL template with URI-encoded values, then checks it is safe. */
export function hrefFromTemplate(
  template: string | undefined,
  values: Record<string, string>,
): string | undefined {
  if (!template) return undefined;
  return safeHref(
    template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? '')),
  );
}
