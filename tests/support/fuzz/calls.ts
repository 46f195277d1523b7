import fc from "fast-check";
import { anyValue, randomFormData } from "./arbitraries";
import type { ActionSpec } from "./spec";
import { fuzzActors, type FuzzActor } from "./world";

export type CallKind = "junk" | "one field wrong" | "not theirs";

export interface FuzzCall {
  actor: FuzzActor;
  kind: CallKind;
  args: unknown[];
}

/** A FormData is printed as its fields, so a failing run names the input that failed. */
function readable(call: FuzzCall): FuzzCall {
  const show = (value: unknown) => (value instanceof FormData ? `FormData ${fc.stringify([...value.entries()])}` : fc.stringify(value));
  return Object.assign(call, { [fc.toStringMethod]: () => `${call.actor}, ${call.kind}: (${call.args.map(show).join(", ")})` });
}

/** The fields as the browser would send them: a form's FormData (lists as repeated names) or a plain object. */
function payload(spec: ActionSpec, values: Record<string, unknown>): unknown {
  if (spec.shape !== "form") return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      form.append(name, item instanceof Blob ? item : String(item));
    }
  }
  return form;
}

/** How the app calls it: a form action gets the previous state first, which it ignores. */
function argumentsFor(spec: ActionSpec, data: unknown, previous: unknown): unknown[] {
  return spec.shape === "form" ? [previous, data] : spec.shape === "object" ? [data] : [];
}

/**
 * Three kinds of call, none of which may change anything:
 * - junk: any values, any number of arguments, a FormData where an object belongs and back;
 * - one field wrong: the action's own fields, at least one of them wrong, by any actor of the
 *   first organisation (the other organisation's admin could rightly use its own ids);
 * - not theirs: every field right, by an actor who may not do this.
 */
export function callsOf(spec: ActionSpec): fc.Arbitrary<FuzzCall> {
  const actors = spec.actors ?? fuzzActors;
  const names = Object.keys(spec.fields);
  const previous = fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: anyValue });

  const junk = fc
    .record({
      actor: fc.constantFrom(...actors),
      kind: fc.constant<CallKind>("junk"),
      args: fc.oneof(fc.array(fc.oneof(anyValue, randomFormData), { maxLength: 3 }), fc.tuple(previous, randomFormData), fc.tuple(anyValue)),
    })
    .map(readable);
  if (names.length === 0) return junk;

  const inFirstOrganisation = actors.filter((actor) => actor !== "admin of another organisation");
  const oneWrong = fc.constantFrom(...names).chain((wrongName) =>
    fc.record({
      actor: fc.constantFrom(...inFirstOrganisation),
      kind: fc.constant<CallKind>("one field wrong"),
      values: fc.record(Object.fromEntries(names.map((name) => [name, name === wrongName ? spec.fields[name].bad : fc.oneof(spec.fields[name].valid, spec.fields[name].bad)]))),
      previous,
    }),
  );
  const outsiders = actors.filter((actor) => !spec.mayWrite.includes(actor));
  const notTheirs = fc.record({
    actor: fc.constantFrom(...outsiders),
    kind: fc.constant<CallKind>("not theirs"),
    values: fc.record(Object.fromEntries(names.map((name) => [name, spec.fields[name].valid]))),
    previous,
  });
  const shaped = (call: fc.Arbitrary<{ actor: FuzzActor; kind: CallKind; values: Record<string, unknown>; previous: unknown }>) =>
    call.map(({ actor, kind, values, previous: state }) => readable({ actor, kind, args: argumentsFor(spec, payload(spec, values), state) }));

  return fc.oneof(
    { weight: 2, arbitrary: junk },
    { weight: 3, arbitrary: shaped(oneWrong) },
    { weight: 1, arbitrary: outsiders.length ? shaped(notTheirs) : junk },
  );
}
