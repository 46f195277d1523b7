import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { familyFor } from "@/lib/auth/gate";
import { getCurrentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/types";
import { getFamilyExport } from "@/lib/data/family-export";
import { db } from "@/lib/db";
import { seedContent } from "@/prisma/seed/content";
import { createWorld, type World } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: vi.fn(), requireUser: vi.fn() }));
// The route's words come from next-intl; outside a request, the keys stand in for them.
vi.mock("next-intl/server", () => {
  const t = Object.assign((key: string) => key, { has: () => true });
  return { getLocale: async () => "nl", getTranslations: async () => t, getFormatter: async () => ({ dateTime: (date: Date) => date.toISOString().slice(0, 10) }) };
});

let world: World;
let conversationId: string;

beforeEach(async () => {
  await resetDatabase(db);
  await seedContent(db);
  world = await createWorld(db);
  const item = await db.item.findFirstOrThrow({ where: { key: "take-me-seriously" }, orderBy: { instrumentVersion: { version: "desc" } } });
  const conversation = await db.conversation.create({
    data: {
      organisationId: world.organisation.id,
      teamId: world.teamA.id,
      familyId: world.family.id,
      professionalId: world.professional.id,
      phaseKey: "main",
      parentLocale: "tr",
      status: "REVEALED",
      consentToAggregate: true,
      consentAnsweredAt: new Date(),
      consentWording: "2026-11-23/tr",
      items: { create: { itemId: item.id, position: 0 } },
      ratings: {
        create: [
          { itemId: item.id, side: "PARENT", value: 2, comment: "Bazen acele ediyor", locale: "tr", ratedAt: new Date() },
          { itemId: item.id, side: "PROFESSIONAL", value: 5, ratedAt: new Date() },
        ],
      },
      notes: { create: { itemId: item.id, text: "Rustiger aan doen" } },
    },
  });
  conversationId = conversation.id;
  await db.agreement.create({ data: { conversationId, familyId: world.family.id, text: "Elke vrijdag bellen", owner: "TOGETHER" } });
});

/** What this user's export of the world's family holds: null when the gate refuses it. */
async function exportAs(user: SessionUser) {
  const family = await familyFor(user, world.family.id, "read");
  return family ? getFamilyExport(family, "nl") : null;
}

describe("exporting everything about one family", () => {
  it("gives the family's professional every answer, comment, note, agreement and the consent record", async () => {
    const data = await exportAs(world.actors["professional of the team"]);
    const [conversation] = data!.conversations;
    expect(conversation.consent).toMatchObject({ answer: true, wording: "2026-11-23/tr", withdrawnAt: null });
    expect(conversation.items[0]).toMatchObject({
      item: "Wil je mij serieus nemen?",
      parent: { value: 2, comment: "Bazen acele ediyor", locale: "tr" },
      professional: { value: 5, comment: null },
      note: "Rustiger aan doen",
    });
    expect(conversation.agreements).toEqual([expect.objectContaining({ text: "Elke vrijdag bellen", owner: "TOGETHER", status: "OPEN" })]);
  });

  it("gives nothing to another team's professional, a team lead or another organisation's admin; the admin gets it", async () => {
    for (const actor of ["professional of another team", "team lead of the team", "admin of another organisation"] as const) {
      expect(await exportAs(world.actors[actor]!), actor).toBeNull();
    }
    expect(await exportAs(world.actors.admin)).not.toBeNull();
  });

  it("downloads as JSON and as a readable PDF, each recorded in the audit log", async () => {
    const { GET } = await import("@/app/api/gezinnen/[familyId]/export/route");
    vi.mocked(getCurrentUser).mockResolvedValue(world.actors["professional of the team"]);
    const params = { params: Promise.resolve({ familyId: world.family.id }) };

    const json = await GET(new Request("http://localhost/api/gezinnen/x/export?vorm=json"), params);
    expect(json.headers.get("content-type")).toContain("application/json");
    expect(JSON.parse(await json.text()).conversations[0].agreements[0].text).toBe("Elke vrijdag bellen");

    const pdf = await GET(new Request("http://localhost/api/gezinnen/x/export"), params);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const file = path.join(mkdtempSync(path.join(tmpdir(), "export-")), "export.pdf");
    writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    for (const expected of ["Elke vrijdag bellen", "Bazen acele ediyor", "Rustiger aan doen", world.family.label]) expect(text).toContain(expected);

    expect(await db.auditEvent.count({ where: { action: "FAMILY_EXPORTED", familyId: world.family.id, actorId: world.professional.id } })).toBe(2);

    vi.mocked(getCurrentUser).mockResolvedValue(world.actors["professional of another team"]);
    expect((await GET(new Request("http://localhost/api/gezinnen/x/export"), params)).status).toBe(404);
  });
});
