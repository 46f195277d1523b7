/**
 * The client's address, as the app's own server front (lib/cli/next-server.ts) wrote it into
 * x-forwarded-for from the socket and the configured number of trusted proxies. Anything the
 * client sent itself was overwritten there. Reached without that front ("next dev"), every
 * client shares "unknown": the limits get stricter, never looser.
 */
export function clientIp(headers: Record<string, string | string[] | undefined> | Headers): string {
  const value = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const first = (Array.isArray(value) ? value[0] : value)?.split(",")[0]?.trim();
  return (first || "unknown").slice(0, 64);
}
