import NextAuth from "next-auth";
import { isForgedAuthRequest } from "@/lib/auth/forged-request";
import { authOptions } from "@/lib/auth/options";

const nextAuth = NextAuth(authOptions) as (request: Request, context: unknown) => Promise<Response>;

/** next-auth itself, behind a plain 400 for the forged requests it would answer with a 500. */
async function handler(request: Request, context: unknown) {
  if (await isForgedAuthRequest(request)) return new Response("Bad request.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return nextAuth(request, context);
}

export { handler as GET, handler as POST };
