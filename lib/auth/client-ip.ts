/**
 * The client's address as the nearest proxy reports it. Behind a load balancer that is the
 * first x-forwarded-for entry; without one it is whatever the request says, which only
 * weakens the per-IP limit: the per-account limit holds regardless.
 */
export function clientIp(headers: Record<string, string | string[] | undefined> | Headers): string {
  const read = (name: string) => {
    const value = headers instanceof Headers ? headers.get(name) : headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const forwarded = read("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || read("x-real-ip") || "unknown").slice(0, 64);
}
