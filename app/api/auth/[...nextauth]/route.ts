import NextAuth from "next-auth";
import { isAcceptedCallbackUrl } from "@/lib/auth/callback-url";
import { authOptions } from "@/lib/auth/options";

const nextAuth = NextAuth(authOptions) as (request: Request, context: unknown) => Promise<Response>;

/**
 * next-auth 4 answers five kinds of forged request with a 500, as if the server were broken: a
 * query key given twice, a callbackUrl that is not an http(s) address, anything but the sign-in
 * form's POST to the credentials callback, an error name it cannot put in a header
 * (/api/auth/error?error=…), and a POST that says it is JSON but is not (next-auth parses it
 * without a catch). All five are the client's mistake: a plain 400.
 */
async function isForged(request: Request): Promise<boolean> {
  if (request.method === "POST" && request.headers.get("content-type")?.includes("application/json") && !(await isJson(request.clone()))) return true;
  const url = new URL(request.url);
  // next-auth reads a key given twice as a list, which it then treats as text; no page sends one.
  const keys = [...url.searchParams.keys()];
  if (new Set(keys).size !== keys.length) return true;
  const callbackUrl = url.searchParams.get("callbackUrl");
  if (callbackUrl && !isAcceptedCallbackUrl(callbackUrl)) return true;
  // The organisation's accounts come back with a GET (/api/auth/callback/oidc): only passwords must POST.
  if (url.pathname === "/api/auth/callback/credentials" && request.method !== "POST") return true;
  return url.pathname === "/api/auth/error" && !/^[A-Za-z]*$/.test(url.searchParams.get("error") ?? "");
}

async function isJson(request: Request): Promise<boolean> {
  try {
    await request.json();
    return true;
  } catch {
    return false;
  }
}

async function handler(request: Request, context: unknown) {
  if (await isForged(request)) return new Response("Bad request.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return nextAuth(request, context);
}

export { handler as GET, handler as POST };
