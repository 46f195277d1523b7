/** Only a path on this site: an absolute URL in ?callbackUrl= would be an open redirect. */
export function safeCallbackPath(value: unknown, fallback = "/start"): string {
  if (typeof value !== "string") return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
