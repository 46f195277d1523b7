import fc from "fast-check";
import { badText, malformedId, unknownId } from "./arbitraries";
import type { FuzzActor, FuzzWorld } from "./world";

/** One field of an action's input: values it accepts, and values it must refuse. */
export interface FieldSpec {
  valid: fc.Arbitrary<unknown>;
  bad: fc.Arbitrary<unknown>;
}

export interface ActionSpec {
  call: (...args: unknown[]) => Promise<unknown>;
  /** How the app calls it: (previous state, FormData) from a form, one plain object, or nothing. */
  shape: "form" | "object" | "none";
  fields: Record<string, FieldSpec>;
  /** Who would succeed with a payload that is right in every field: they only ever get one with a wrong field. */
  mayWrite: FuzzActor[];
  /**
   * Returns nothing (a void action), answers ok by setting a cookie only, or answers ok without
   * changing anything (a password reset for any address: the same answer whether or not it exists).
   */
  outcome?: "void" | "cookie" | "same-answer";
  /** Where Next's redirect() may send the caller without a write: leaving parent mode when not in it. */
  redirectsTo?: string;
  /** Only these actors call it (signing out is a write for everyone signed in: the point of it). */
  actors?: FuzzActor[];
}

const absent = fc.constant(undefined);

/** An id field whose one right value is `valid`; wrong: unknown, malformed, missing, or the other organisation's. */
export function idField(world: FuzzWorld, valid: string, ...otherWrong: string[]): FieldSpec {
  return {
    valid: fc.constant(valid),
    bad: fc.oneof(unknownId, malformedId, absent, fc.constantFrom(...world.foreignIds, ...(otherWrong.length ? otherWrong : [world.foreignIds[0]]))),
  };
}

/** A list of ids (checkbox group): wrong when any is unknown, malformed or foreign, or there are over 50. */
export function idListField(world: FuzzWorld, valid: string[]): FieldSpec {
  return {
    valid: fc.constant(valid),
    bad: fc.oneof(
      fc.array(fc.oneof(unknownId, malformedId.filter((value) => typeof value === "string"), fc.constantFrom(...world.foreignIds)), { minLength: 1, maxLength: 3 }),
      fc.constant(Array.from({ length: 51 }, (_, index) => `c${String(index).padStart(24, "0")}`)),
    ),
  };
}

/** Free text up to `max`: any script is fine, blank (when required), too long or NUL is not. */
export function textField(max: number, valid: fc.Arbitrary<string>, required = true): FieldSpec {
  return { valid, bad: required ? fc.oneof(badText(max), absent) : badText(max, false) };
}

/** A value as a form would send it; as JSON for objects (one without a prototype has no text of its own). */
export const asText = (value: unknown) => (typeof value === "object" && value !== null ? JSON.stringify(value) : String(value));

/** One of a fixed set of values; a wrong one, or none when it is required. */
export function choiceField(valid: readonly unknown[], required = true, wrong: fc.Arbitrary<unknown> = fc.oneof(fc.string({ maxLength: 12 }), fc.jsonValue())): FieldSpec {
  // A form sends every value as text: 8 and "8" are the same answer there. It sends a list item
  // by item, so a list of one right value (["true"]) is that value, a right answer.
  const isRight = (value: unknown): boolean =>
    valid.includes(value) || valid.includes(asText(value)) || (Array.isArray(value) && value.length === 1 && isRight(value[0]));
  const outside = wrong.filter((value) => !isRight(value));
  return { valid: fc.constantFrom(...valid), bad: required ? fc.oneof(outside, absent) : outside };
}

/** The field, with more values it must refuse (a taken e-mail address, a professional of another team). */
export function alsoWrong(field: FieldSpec, ...values: unknown[]): FieldSpec {
  return { valid: field.valid, bad: fc.oneof(field.bad, fc.constantFrom(...values)) };
}
