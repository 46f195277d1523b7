// next-auth 4 checks every request's callbackUrl (the query's, the body's, and the cookie it keeps) and,
// when one is not an http(s) address, answers with a 500 "problem with the server
// configuration", on its own routes and in getServerSession, so on every page. A forged value
// is the client's mistake: the server front drops such a cookie (lib/cli/next-server.ts), the
// auth route refuses such a query or body with a 400 (lib/auth/forged-request.ts).

export const CALLBACK_URL_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/** next-auth's own test (core/lib/assert.js): http(s), relative to the app when it starts with "/". */
export function isAcceptedCallbackUrl(value: string): boolean {
  try {
    return /^https?:/.test(new URL(value, value.startsWith("/") ? "http://localhost" : undefined).protocol);
  } catch {
    return false;
  }
}

/** The Cookie header without callback-url cookies next-auth would refuse (their value decoded as next-auth reads it). */
export function withoutForgedCallbackUrl(cookieHeader: string): string {
  return cookieHeader
    .split(/;\s*/)
    .filter((pair) => {
      const [name, ...rest] = pair.split("=");
      if (!CALLBACK_URL_COOKIES.includes(name.trim())) return true;
      const value = rest.join("=");
      try {
        return isAcceptedCallbackUrl(decodeURIComponent(value));
      } catch {
        return false;
      }
    })
    .join("; ");
}
