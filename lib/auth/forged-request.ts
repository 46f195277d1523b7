import { isAcceptedCallbackUrl } from "./callback-url";

// next-auth 4 answers these forged requests with a 500, as if the server were broken:
// - a query key given twice (it reads the list as text);
// - a callbackUrl, in the query or in the POST body, that is not an http(s) address;
// - anything but the sign-in form's POST to the credentials callback;
// - an error name it cannot put in a header (/api/auth/error?error=…);
// - a POST that says it is JSON but is not, or whose fields are not text (it parses without a catch).
// All are the client's mistake: the auth route answers them with a plain 400.

/** The POST body as next-auth reads it (next-auth/next/utils.js getBody); `undefined` when it cannot be read. */
async function bodyFields(request: Request): Promise<Record<string, unknown> | null | undefined> {
  const type = request.headers.get("content-type") ?? "";
  if (request.method !== "POST" || !request.body) return null;
  try {
    if (type.includes("application/json")) {
      const value: unknown = await request.clone().json();
      return typeof value === "object" ? (value as Record<string, unknown> | null) : null;
    }
    if (type.includes("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(await request.clone().text()));
  } catch {
    return undefined;
  }
  return null;
}

export async function isForgedAuthRequest(request: Request): Promise<boolean> {
  const body = await bodyFields(request);
  if (body === undefined) return true;
  // The app's own forms send text fields only.
  if (body && Object.values(body).some((value) => typeof value !== "string")) return true;
  const url = new URL(request.url);
  const keys = [...url.searchParams.keys()];
  if (new Set(keys).size !== keys.length) return true;
  for (const callbackUrl of [url.searchParams.get("callbackUrl"), body?.callbackUrl as string | undefined]) {
    if (callbackUrl && !isAcceptedCallbackUrl(callbackUrl)) return true;
  }
  // The organisation's accounts come back with a GET (/api/auth/callback/oidc): only passwords must POST.
  if (url.pathname === "/api/auth/callback/credentials" && request.method !== "POST") return true;
  return url.pathname === "/api/auth/error" && !/^[A-Za-z]*$/.test(url.searchParams.get("error") ?? "");
}
