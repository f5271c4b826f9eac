/**
 * Links that come from the API (or from host configuration) are only rendered when they are https:
 * (or same-origin relative paths for host configuration). Anything else (javascript:, data:, http:) is refused.
 */
export function httpsUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2048) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Host-configured URLs may also be relative to the page (e.g. "/wegwijzer"); still never javascript: or data:. */
export function hostUrl(value: unknown, base: string = globalThis.location?.href ?? 'https://invalid.example/'): string | undefined {
  if (typeof value !== 'string' || value.length > 2048) return undefined;
  try {
    const url = new URL(value, base);
    if (url.protocol === 'https:') return url.href;
    // Relative links to the host's own origin are fine (also on http://localhost during development).
    if (!/^[a-z][a-z0-9+.-]*:/i.test(value) && (url.protocol === 'http:' || url.protocol === 'https:')) return url.href;
    return undefined;
  } catch {
    return undefined;
  }
}
