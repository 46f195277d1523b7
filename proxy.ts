import { encode, getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { verifyToken } from "@/lib/conversation/signed-token";
import { PARENT_MODE_COOKIE } from "@/lib/domain";
import { env } from "@/lib/env";
import { PARENT_AREA_HEADER } from "@/lib/i18n/locales";
import { refuseMalformedAction, type Refusal } from "@/lib/security/action-request";
import { API_CONTENT_SECURITY_POLICY, pageContentSecurityPolicy, staticSecurityHeaders } from "@/lib/security/headers";

// The proxy only redirects and keeps sessions alive; it is not the security boundary. Every
// page and server action checks the session and the resource itself (lib/auth, lib/conversation).

const IDLE_SECONDS = env.SESSION_IDLE_MINUTES * 60;
const SIGNED_IN_PATHS = ["/start", "/gezinnen", "/gesprekken", "/resultaten", "/reflectie", "/beheer", "/instellingen"];

export async function proxy(request: NextRequest) {
  const https = request.nextUrl.protocol === "https:" || Boolean(env.NEXTAUTH_URL?.startsWith("https:"));
  if (!isPagePath(request.nextUrl.pathname)) return outsidePages(request, https);
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = pageContentSecurityPolicy(nonce, env.NODE_ENV === "development");
  const response = await route(request, policy);
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of staticSecurityHeaders(https)) response.headers.set(name, value);
  return response;
}

/** The API (its routes check access themselves) and Next's own addresses are not pages. */
function isPagePath(path: string): boolean {
  return !path.startsWith("/api/") && !path.startsWith("/_next/");
}

/**
 * Outside the pages the proxy only refuses a server-action request Next cannot decode. Next
 * renders its not-found page for an unknown API or `/_next/` address, and a multipart POST there
 * counts as a form action: a broken form ended in a 500. Everything else passes untouched.
 */
async function outsidePages(request: NextRequest, https: boolean): Promise<NextResponse> {
  const refused = await refuseMalformedAction(request);
  if (!refused) return NextResponse.next();
  const response = refusal(refused);
  response.headers.set("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
  for (const [name, value] of staticSecurityHeaders(https)) response.headers.set(name, value);
  return response;
}

function refusal({ status, message }: Refusal): NextResponse {
  return new NextResponse(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

async function route(request: NextRequest, policy: string): Promise<NextResponse> {
  const path = request.nextUrl.pathname;
  // A control character (a NUL byte above all) in the address is never a page: answer plainly.
  if (hasControlCharacter(path)) return new NextResponse("Not found", { status: 404 });
  // A server-action request Next cannot decode would end in a 500 with an error digest.
  const refused = await refuseMalformedAction(request);
  if (refused) return refusal(refused);
  // The parent's phone pages are in the parent's language (lib/i18n/request.ts); the header is
  // set here only, never taken from the client.
  const forwarded = new Headers(request.headers);
  forwarded.delete(PARENT_AREA_HEADER);
  if (path === "/doe-mee" || path.startsWith("/doe-mee/")) forwarded.set(PARENT_AREA_HEADER, "1");
  // Next.js reads the nonce for its own scripts from the policy on the request.
  forwarded.set("Content-Security-Policy", policy);
  const next = () => NextResponse.next({ request: { headers: forwarded } });

  // A tablet in parent mode shows its one conversation, whatever address is typed.
  const parentMode = verifyToken<{ conversationId: string }>("parent-mode", request.cookies.get(PARENT_MODE_COOKIE)?.value);
  if (parentMode && !path.startsWith("/ouder/")) {
    return NextResponse.redirect(new URL(`/ouder/${parentMode.conversationId}`, request.url));
  }

  const needsSignIn = SIGNED_IN_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
  const secureCookie = request.nextUrl.protocol === "https:";
  const token = await getToken({ req: request, secret: env.NEXTAUTH_SECRET, secureCookie });
  if (!token) {
    if (!needsSignIn) return next();
    const signIn = new URL("/inloggen", request.url);
    signIn.searchParams.set("callbackUrl", path + request.nextUrl.search);
    return NextResponse.redirect(signIn);
  }
  // Sliding idle timeout: each request re-issues the token for another idle period, so a
  // tablet left alone signs itself out, and one in use (also in parent mode, with the
  // professional beside it) does not. Prefetches are not use.
  const response = next();
  if (request.headers.has("next-router-prefetch")) return response;
  const cookieName = `${secureCookie ? "__Secure-" : ""}next-auth.session-token`;
  const refreshed = await encode({ token, secret: env.NEXTAUTH_SECRET, maxAge: IDLE_SECONDS });
  response.cookies.set(cookieName, refreshed, {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookie,
    path: "/",
    maxAge: IDLE_SECONDS,
  });
  return response;
}

export const config = {
  // Every address but Next's built files and the icon; API and other `/_next/` addresses only
  // for the refusal above (outsidePages).
  matcher: ["/((?!_next/static/|_next/image|favicon.ico).*)"],
};

function hasControlCharacter(path: string): boolean {
  try {
    return /[\u0000-\u001f\u007f]/.test(decodeURIComponent(path));
  } catch {
    return true; // Not even decodable.
  }
}
