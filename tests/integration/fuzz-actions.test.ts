import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getCurrentUser } from "@/lib/auth/session";
import { signToken } from "@/lib/conversation/signed-token";
import { PARENT_MODE_COOKIE, PARTICIPANT_COOKIE } from "@/lib/domain";
import { db } from "@/lib/db";
import { accountSpecs } from "../support/fuzz/account-specs";
import { adminSpecs } from "../support/fuzz/admin-specs";
import { callsOf, type FuzzCall } from "../support/fuzz/calls";
import { databaseChecksum, TABLES_THAT_COUNT_REFUSALS } from "../support/fuzz/checksum";
import { conversationSpecs } from "../support/fuzz/conversation-specs";
import { outcomeOf, problemWith, type Outcome } from "../support/fuzz/outcome";
import { reflectionSpecs } from "../support/fuzz/reflection-specs";
import { createFuzzWorld, identityOf, type FuzzWorld } from "../support/fuzz/world";
import { resetDatabase } from "../support/reset-database";

// Issue 15, item 6: every server action gets thousands of generated inputs, as every kind of
// caller, and must answer each with a clear refusal, never an error, and change nothing.
// The session and the cookies are the only stand-ins; zod, the checks and the database are real.

const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: vi.fn(), requireUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }),
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
}));

/** Inputs per action; FUZZ_RUNS changes it (a quick look: 20; a long night: 5000). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 250);
/** FUZZ_SEED repeats a failed run: fast-check prints the seed of a failure. */
const SEED = process.env.FUZZ_SEED === undefined ? {} : { seed: Number(process.env.FUZZ_SEED) };
const specs = { ...adminSpecs, ...accountSpecs, ...conversationSpecs, ...reflectionSpecs };
const tally = { inputs: 0, uncaught: 0, unclear: 0, checksumsEqual: 0, kinds: new Map<string, number>(), answers: new Map<string, number>() };
const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

let world: FuzzWorld;
let errorLog: ReturnType<typeof vi.spyOn>;

beforeAll(async () => {
  await resetDatabase(db);
  world = await createFuzzWorld(db);
  // A caught error is logged by the action wrappers: each one is an error the input caused.
  errorLog = vi.spyOn(console, "error").mockImplementation(() => undefined);
});

afterAll(() => {
  errorLog.mockRestore();
  console.log(
    [
      `Fuzz in-process: ${tally.inputs} inputs across ${Object.keys(specs).length} server actions`,
      `  kinds: ${[...tally.kinds].map(([kind, n]) => `${kind} ${n}`).join(", ")}`,
      `  answers: ${[...tally.answers].sort((a, b) => b[1] - a[1]).map(([answer, n]) => `${answer} ${n}`).join(", ")}`,
      `  uncaught errors: ${tally.uncaught}, refusals without a clear message: ${tally.unclear}`,
      `  database checksum equal after ${tally.checksumsEqual} of ${Object.keys(specs).length} actions (not compared: ${TABLES_THAT_COUNT_REFUSALS.join(", ")})`,
    ].join("\n"),
  );
});

/** For the tally: the refusal's message, ok (a cookie set), nothing (a void action), redirected, threw. */
function answerOf(outcome: Outcome): string {
  if (outcome.kind !== "returned") return outcome.kind;
  const value = outcome.value as { ok?: boolean; message?: string } | undefined;
  return value === undefined ? "nothing" : value.ok ? "ok" : String(value.message);
}

function actAs(call: FuzzCall) {
  const { user, device } = identityOf(world, call.actor);
  vi.mocked(getCurrentUser).mockResolvedValue(user);
  jar.clear();
  const expires = new Date(Date.now() + 3_600_000);
  if (device === "tablet") jar.set(PARENT_MODE_COOKIE, signToken("parent-mode", { conversationId: world.conversationId, professionalId: world.professional.id }, expires));
  if (device === "phone") jar.set(PARTICIPANT_COOKIE, signToken("participant", { conversationId: world.conversationId }, expires));
}

it("fuzzes every server action there is: a new one needs its fields in tests/support/fuzz", () => {
  const folder = path.join(import.meta.dirname, "../../lib/actions");
  const exported = readdirSync(folder)
    .map((file) => readFileSync(path.join(folder, file), "utf8"))
    .filter((source) => source.startsWith('"use server"'))
    .flatMap((source) => [...source.matchAll(/^export async function (\w+)/gm)].map((match) => match[1]));
  expect(exported.sort()).toEqual(Object.keys(specs).sort());
});

describe.each(Object.keys(specs))("%s", (name) => {
  it(`answers ${RUNS} generated inputs with a clear refusal and changes nothing`, { timeout: 300_000 }, async () => {
    const spec = specs[name](world);
    const before = await databaseChecksum((sql) => db.$queryRawUnsafe(sql));
    await fc.assert(
      fc.asyncProperty(callsOf(spec), async (call) => {
        actAs(call);
        errorLog.mockClear();
        const outcome = await outcomeOf(() => spec.call(...call.args));
        const problem = problemWith(spec, outcome) ?? (errorLog.mock.calls.length ? `logged an error: ${String(errorLog.mock.calls[0])}` : null);
        tally.inputs += 1;
        count(tally.kinds, call.kind);
        count(tally.answers, answerOf(outcome));
        if (outcome.kind === "threw" || errorLog.mock.calls.length) tally.uncaught += 1;
        else if (problem) tally.unclear += 1;
        expect(problem, `${call.actor}, ${call.kind}`).toBeNull();
      }),
      { numRuns: RUNS, ...SEED },
    );
    expect(await databaseChecksum((sql) => db.$queryRawUnsafe(sql)), "the database changed").toEqual(before);
    tally.checksumsEqual += 1;
  });
});
