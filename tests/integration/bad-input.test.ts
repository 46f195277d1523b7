import { beforeEach, describe, expect, it, vi } from "vitest";
import { createFamilyAction, deleteFamilyAction, updateFamilyAction } from "@/lib/actions/families";
import {
  createTeamAction,
  setAnonymityThresholdAction,
  setRetentionAction,
  setUserActiveAction,
  updateUserAction,
} from "@/lib/actions/organisation";
import type { ActionResult } from "@/lib/actions/result-types";
import { createUserAction, sendPasswordLinkAction } from "@/lib/actions/invitations";
import { setPinAction } from "@/lib/actions/settings";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createWorld, type World } from "../support/factories";
import { formData } from "../support/form-data";
import { resetDatabase } from "../support/reset-database";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: vi.fn(), requireUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

type Action = (previous: null, data: FormData) => Promise<ActionResult<unknown>>;
const long = "x".repeat(5_000);

// Each action gets, as the most powerful user of its organisation, input a browser could send
// but a form would not: missing fields, wrong shapes, over-long text, ids that do not exist.
const badInputs: Record<string, { action: Action; inputs: (world: World) => Record<string, string | string[] | undefined>[] }> = {
  createFamilyAction: {
    action: createFamilyAction,
    inputs: (world) => [
      {},
      { label: "", preferredLanguage: "nl", teamId: world.teamA.id },
      { label: long, preferredLanguage: "nl", teamId: world.teamA.id },
      { label: "Fam. X", preferredLanguage: "<script>", teamId: world.teamA.id },
      { label: "Fam. X", preferredLanguage: "nl", teamId: "no-such-team" },
      { label: ["Fam. X", "Fam. Y"], preferredLanguage: "nl", teamId: world.teamA.id },
    ],
  },
  updateFamilyAction: {
    action: updateFamilyAction,
    inputs: (world) => [
      { familyId: world.family.id },
      { familyId: "no-such-family", label: "Fam. X", preferredLanguage: "nl" },
      { familyId: world.family.id, label: long, preferredLanguage: "nl" },
      { familyId: world.family.id, label: "Fam. X", preferredLanguage: "nl", professionalIds: ["no-such-user"] },
    ],
  },
  deleteFamilyAction: {
    action: deleteFamilyAction,
    inputs: (world) => [{ familyId: world.family.id }, { familyId: "no-such-family", confirm: "on" }, { familyId: long, confirm: "on" }],
  },
  createTeamAction: { action: createTeamAction, inputs: () => [{}, { name: "   " }, { name: long }] },
  setAnonymityThresholdAction: {
    action: setAnonymityThresholdAction,
    inputs: () => [{}, { anonymityThreshold: "2" }, { anonymityThreshold: "0" }, { anonymityThreshold: "-5" }, { anonymityThreshold: "4.5" }, { anonymityThreshold: "51" }, { anonymityThreshold: "vijf" }],
  },
  setRetentionAction: {
    action: setRetentionAction,
    inputs: () => [{}, { retentionMonths: "5" }, { retentionMonths: "121" }, { retentionMonths: "12.5" }, { retentionMonths: "twaalf" }, { retentionMonths: ["12", "24"] }],
  },
  createUserAction: {
    action: createUserAction,
    inputs: (world) => [
      {},
      { name: "A", email: "not-an-email", role: "PROFESSIONAL" },
      { name: "A", email: "a@example.nl", role: "SUPERUSER" },
      { name: long, email: "a@example.nl", role: "PROFESSIONAL" },
      { name: "A", email: "a@example.nl", role: "PROFESSIONAL", teamIds: ["no-such-team"] },
      { name: "A", email: world.professional.email, role: "PROFESSIONAL" },
    ],
  },
  updateUserAction: {
    action: updateUserAction,
    inputs: (world) => [{ userId: world.professional.id }, { userId: "no-such-user", name: "A", role: "ADMIN" }],
  },
  sendPasswordLinkAction: {
    action: sendPasswordLinkAction,
    inputs: () => [{}, { userId: "no-such-user" }, { userId: ["a", "b"] }],
  },
  setUserActiveAction: {
    action: setUserActiveAction,
    inputs: (world) => [{ userId: world.professional.id, active: "maybe" }, { userId: "no-such-user", active: "false" }],
  },
  setPinAction: {
    action: setPinAction,
    inputs: () => [
      { currentPassword: "fixture-password-1", pin: "12", pinRepeat: "12" },
      { currentPassword: "fixture-password-1", pin: "1234567", pinRepeat: "1234567" },
      { currentPassword: "fixture-password-1", pin: "1234", pinRepeat: "4321" },
      { currentPassword: "wrong-password", pin: "1234", pinRepeat: "1234" },
    ],
  },
};


async function snapshot() {
  const [users, families, teams, memberships, followers, audit] = await Promise.all([
    db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, email: true, role: true, active: true, passwordHash: true, pinHash: true } }),
    db.family.findMany({ orderBy: { id: "asc" } }),
    db.team.findMany({ orderBy: { id: "asc" } }),
    db.teamMembership.findMany({ orderBy: [{ teamId: "asc" }, { userId: "asc" }] }),
    db.familyProfessional.findMany({ orderBy: [{ familyId: "asc" }, { userId: "asc" }] }),
    db.auditEvent.count(),
  ]);
  return { users, families, teams, memberships, followers, audit };
}

let world: World;

beforeEach(async () => {
  await resetDatabase(db);
  world = await createWorld(db);
});

describe.each(Object.entries(badInputs))("%s with bad input", (_, { action, inputs }) => {
  it("answers with a kind message and changes nothing", async () => {
    const admin = world.actors.admin;
    // setPinAction is about the signed-in user's own PIN: the professional tries it.
    vi.mocked(getCurrentUser).mockResolvedValue(action === setPinAction ? world.actors["professional of the team"] : admin);
    const before = await snapshot();
    for (const input of inputs(world)) {
      const result = await action(null, formData(input));
      expect(result.ok, JSON.stringify(input).slice(0, 120)).toBe(false);
      if (!result.ok) expect(["invalid", "notFound", "forbidden", "conflict", "wrongPassword"]).toContain(result.message);
    }
    expect(await snapshot()).toEqual(before);
  });
});
