import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's current minimum).
export function hashSecret(secret: string): Promise<string> {
  return hash(secret);
}

/** False for an account without a password (invited and not yet set, or signing in elsewhere). */
export async function verifySecret(hashed: string | null, secret: string): Promise<boolean> {
  return hashed ? verify(hashed, secret) : false;
}
