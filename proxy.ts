import { encode, getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";

// The proxy only redirects and keeps the session alive; it is not the security boundary.
// Every page and server action checks the session and the resource itself (lib/auth).

const IDLE_SECONDS = env.SESSION_IDLE_MINUTES * 60;

export async function proxy(request: NextRequest) {
  const secureCookie = request.nextUrl.protocol === "https:";
  const token = await getToken({ req: request, secret: env.NEXTAUTH_SECRET, secureCookie });
  if (!token) {
    const signIn = new URL("/inloggen", request.url);
    signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.redirect(signIn);
  }
  // Sliding idle timeout: each request re-issues the token for another idle period, so a
  // tablet left alone signs itself out, and one in use does not. Prefetches are not use.
  const response = NextResponse.next();
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
  matcher: ["/start/:path*", "/gezinnen/:path*", "/beheer/:path*", "/instellingen/:path*"],
};
