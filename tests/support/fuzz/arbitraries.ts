import fc from "fast-check";

// Building blocks for the fuzz tests: what a forged request can put where a form sends a
// string. Shared by the in-process fuzz (tests/integration) and the one over HTTP (tests/e2e).

/** Strings no form would send: control characters, a NUL byte, the React reply protocol's "$". */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "\u0000",
    "a\u0000b",
    "%00",
    "\u202eevil",
    "\ud800",
    "👨‍👩‍👧‍👦",
    "$",
    "$$",
    "$K1",
    "$@0",
    "$T",
    "$F1",
    "$Q1",
    "$n1",
    "$D2020-13-45",
    "__proto__",
    "constructor",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "   ",
    "",
  ),
  fc.string({ unit: "binary", maxLength: 20 }).map((text) => `${text}\u0000${text}`),
);

/** Text longer than a field's maximum, without spaces, so trimming cannot save it. */
export function overlong(max: number): fc.Arbitrary<string> {
  return fc.integer({ min: max + 1, max: max + 400 }).map((length) => "x".repeat(length));
}

/**
 * Free text a field must refuse: over its maximum, with a NUL byte (PostgreSQL cannot store one),
 * and for a required field also empty or blank.
 */
export function badText(max: number, required = true): fc.Arbitrary<string> {
  const wrong = [overlong(max), fc.string({ maxLength: 30 }).map((text) => `${text}\u0000`)];
  return required ? fc.oneof(fc.constantFrom("", "   ", "\t\n"), ...wrong) : fc.oneof(...wrong);
}

/** Text a field accepts, but of every script: the fuzz pairs it with another field that is wrong. */
export function anyText(max: number): fc.Arbitrary<string> {
  return fc
    .string({ unit: "grapheme", minLength: 1, maxLength: Math.min(max, 30) })
    .filter((text) => text.trim().length > 0 && !text.includes("\u0000"));
}

/** An id in the right format that names nothing. */
export const unknownId: fc.Arbitrary<string> = fc.stringMatching(/^c[a-z0-9]{24}$/);

/** Not an id at all: too long, wrong characters, a NUL byte, another type. */
export const malformedId: fc.Arbitrary<unknown> = fc.oneof(
  nastyString.filter((text) => !/^[A-Za-z0-9_-]{1,64}$/.test(text.trim())),
  overlong(64),
  fc.constantFrom(null, 42, true, ["a"], { id: "a" }),
);

/** Any value at all, as a forged call to a server function can pass one. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true }),
  fc.jsonValue(),
  nastyString,
  fc.constantFrom(undefined, null, () => "a function", Symbol("symbol"), new Blob(["blob"]), new FormData(), Promise.resolve("promise")),
);

/** A form with random fields: names and values of any kind, repeated names, files. */
export const randomFormData: fc.Arbitrary<FormData> = fc
  .array(fc.tuple(fc.oneof(nastyString, fc.constantFrom("conversationId", "familyId", "label", "teamIds", "pin", "$ACTION_ID_x")), fc.oneof(nastyString, fc.constant(new Blob(["\u0000"])))), {
    maxLength: 8,
  })
  .map((entries) => {
    const form = new FormData();
    for (const [name, value] of entries) form.append(name, value);
    return form;
  });
