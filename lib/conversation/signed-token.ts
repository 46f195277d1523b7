import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

// Small signed tokens for the cookies that let a tablet in parent mode or a parent's phone act
// in exactly one conversation. HMAC-SHA256 with a key per purpose, so a token for one purpose
// never passes as the other.

function key(purpose: string): Buffer {
  return createHmac("sha256", env.NEXTAUTH_SECRET).update(`samenspraak:${purpose}`).digest();
}

export function signToken(purpose: string, payload: Record<string, unknown>, expiresAt: Date): string {
  const body = Buffer.from(JSON.stringify({ ...payload, exp: expiresAt.getTime() })).toString("base64url");
  const signature = createHmac("sha256", key(purpose)).update(body).digest("base64url");
  return `${body}.${signature}`;
}

export function verifyToken<T extends Record<string, unknown>>(purpose: string, token: string | undefined, now = Date.now()): T | null {
  if (!token) return null;
  const [body, signature] = token.split(".");
  if (!body || !signature) return null;
  const expected = createHmac("sha256", key(purpose)).update(body).digest();
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as T & { exp?: number };
    return typeof payload.exp === "number" && payload.exp > now ? payload : null;
  } catch {
    return null;
  }
}
