/**
 * A base URL as an MSW pattern: an origin alone (`http://127.0.0.1:4566`) gets the path `/` its
 * requests use; a URL with a path keeps it, since a proxy may serve KMS under a prefix.
 */
export function baseUrlPattern(base: string | URL): string {
  const text = String(base);
  if (text.includes('*')) return text;
  const url = new URL(text);
  return url.origin + url.pathname;
}
