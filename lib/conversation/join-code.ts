import { createHash, randomInt } from "node:crypto";

// Eight characters from an alphabet without look-alikes (no 0/O, 1/I/L): easy to read aloud and
// type on a phone, and 31^8 ≈ 8.5e11 codes, which with the per-address throttle on joining and
// the 48-hour expiry leaves guessing hopeless.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const JOIN_CODE_LENGTH = 8;
export const JOIN_CODE_HOURS = 48;

export function newJoinCode(): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

/** Forgiving about how a person types it: spaces, dashes and lower case are fine. */
export function normaliseJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
}

/** Only the hash is stored: a database dump reveals no working code. */
export function hashJoinCode(code: string): string {
  return createHash("sha256").update(normaliseJoinCode(code)).digest("hex");
}

export { formatJoinCode } from "./join-code-format";
