import { createHash, randomBytes } from "node:crypto";

// Secrets that travel in a link (setup, invitation, password reset): 256 random bits, so
// guessing is hopeless without any throttle, and only their SHA-256 is stored, so a database dump
// holds no working link.

export function newOneTimeToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashOneTimeToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
