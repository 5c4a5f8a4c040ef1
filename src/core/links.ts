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

/**
 * An image address that may be shown: `https:` anywhere, or any address on the page's own origin.
 * Never `data:`, `javascript:` or plain `http:` from elsewhere; undefined otherwise.
 */
export function safeImageSrc(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, document.baseURI);
    const sameOrigin = parsed.protocol === 'http:' && parsed.origin === location.origin;
    return parsed.protocol === 'https:' || sameOrigin ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A `mailto:` link for one plain address (no header fields, no second recipient), else undefined. */
export function mailtoHref(email: string | null | undefined): string | undefined {
  if (!email || !/^[^\s@?&#:/\\,;<>"'()]+@[^\s@?&#:/\\,;<>"'()]+\.[^\s@?&#:/\\,;<>"'()]+$/.test(email))
    return undefined;
  return safeHref(`mailto:${email}`);
}

/** A `tel:` link from a written phone number: its digits, with a leading `+` kept; else undefined. */
export function telHref(phone: string | null | undefined): string | undefined {
  if (!phone || !/^\+?[0-9 ()./-]{3,40}$/.test(phone.trim())) return undefined;
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 3) return undefined;
  return safeHref(`tel:${phone.trim().startsWith('+') ? '+' : ''}${digits}`);
}
