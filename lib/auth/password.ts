import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's current minimum).
export function hashSecret(secret: string): Promise<string> {
  return hash(secret);
}

export function verifySecret(hashed: string, secret: string): Promise<boolean> {
  return verify(hashed, secret);
}
