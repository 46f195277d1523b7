import { beforeEach, describe, expect, it } from "vitest";
import { verifySecret } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { parentLocales } from "@/lib/i18n/locales";
import { nl } from "@/prisma/content/nl";
import { seedContent } from "@/prisma/seed/content";
import { seedDemo } from "@/prisma/seed/demo";
import { DEMO_PASSWORD, demoFamilies, demoUsers } from "@/prisma/seed/demo-data";
import { resetDatabase } from "../support/reset-database";

const contentTables = [
  "Instrument",
  "InstrumentVersion",
  "InstrumentText",
  "Cluster",
  "ClusterText",
  "Item",
  "ItemText",
  "Prompt",
  "PromptText",
  "Phase",
  "PhaseText",
  "PracticeTip",
  "PracticeTipText",
] as const;

/** Every row of every content table, as JSON: equal snapshots mean nothing changed. */
async function snapshot(tables: readonly string[]) {
  const result: Record<string, unknown[]> = {};
  for (const table of tables) {
    result[table] = await db.$queryRawUnsafe(`SELECT * FROM "${table}" ORDER BY 1, 2`);
  }
  return JSON.parse(JSON.stringify(result));
}

beforeEach(() => resetDatabase(db));

describe("seedContent", () => {
  it("loads the three instruments with all their items, texts in every parent language", async () => {
    await seedContent(db);
    const instruments = await db.instrument.findMany({
      orderBy: { position: "asc" },
      include: { versions: { include: { items: { include: { texts: true } }, prompts: true, clusters: true } } },
    });
    expect(instruments.map((instrument) => instrument.key)).toEqual(["twelve-questions", "praatplaat", "partnerships"]);
    const [twelve, praatplaat, partnerships] = instruments.map((instrument) => instrument.versions);
    expect(twelve).toHaveLength(1);
    expect(twelve[0].items).toHaveLength(12);
    expect(praatplaat[0].items).toHaveLength(11);
    expect(praatplaat[0].prompts).toHaveLength(5);
    expect(partnerships[0].clusters).toHaveLength(3);
    expect(partnerships[0].items).toHaveLength(5);
    for (const item of instruments.flatMap((instrument) => instrument.versions[0].items)) {
      expect(item.texts.map((text) => text.locale).sort(), item.key).toEqual([...parentLocales].sort());
      // Only the Dutch source is checked by a native speaker; every translation says it is not.
      expect(item.texts.filter((text) => text.checkedByNativeSpeaker).map((text) => text.locale)).toEqual(["nl"]);
    }
    expect(await db.phase.count()).toBe(3);
    expect(await db.practiceTip.count()).toBe(13);
  });

  it("running it twice changes nothing", async () => {
    await seedContent(db);
    const first = await snapshot(contentTables);
    await seedContent(db);
    expect(await snapshot(contentTables)).toEqual(first);
  });

  it("publishes a new version when the Dutch text changes, and leaves the old version as it was", async () => {
    await seedContent(db);
    const before = await db.item.findFirstOrThrow({
      where: { key: "feel-important" },
      include: { texts: { where: { locale: "nl" } } },
    });

    const original = nl.items["twelve-questions"]["feel-important"].title;
    nl.items["twelve-questions"]["feel-important"].title = "Laat je merken dat ik ertoe doe?";
    try {
      await seedContent(db);
    } finally {
      nl.items["twelve-questions"]["feel-important"].title = original;
    }

    const versions = await db.instrumentVersion.findMany({
      where: { instrument: { key: "twelve-questions" } },
      orderBy: { version: "asc" },
      include: { items: { where: { key: "feel-important" }, include: { texts: { where: { locale: "nl" } } } } },
    });
    expect(versions.map((version) => version.version)).toEqual([1, 2]);
    expect(versions[0].items[0].id).toBe(before.id);
    expect(versions[0].items[0].texts[0].title).toBe(original);
    expect(versions[1].items[0].texts[0].title).toBe("Laat je merken dat ik ertoe doe?");
    // The other instruments did not change, so they keep one version.
    expect(await db.instrumentVersion.count({ where: { instrument: { key: "praatplaat" } } })).toBe(1);
  });
});

describe("seedDemo", () => {
  it("creates the demo organisation whose users can use the printed password", async () => {
    await seedContent(db);
    await seedDemo(db);
    // Enough families with revealed, consented conversations for the team's dashboard.
    expect(await db.conversation.groupBy({ by: ["familyId"], where: { consentToAggregate: true, status: "REVEALED" } })).toHaveLength(6);
    expect(await db.team.count()).toBe(2);
    expect(await db.family.count()).toBe(demoFamilies.length);
    const users = await db.user.findMany({ select: { email: true, passwordHash: true } });
    expect(users.map((user) => user.email).sort()).toEqual(demoUsers.map((user) => user.email).sort());
    for (const user of users) expect(await verifySecret(user.passwordHash, DEMO_PASSWORD)).toBe(true);
  });

  it("running it twice changes nothing, not even the password hashes", async () => {
    await seedContent(db);
    await seedDemo(db);
    const tables = ["Organisation", "Team", "User", "TeamMembership", "Family", "FamilyProfessional", "Conversation", "Rating", "Agreement"];
    const first = await snapshot(tables);
    await seedDemo(db);
    expect(await snapshot(tables)).toEqual(first);
  });

  it("never selects secrets unless asked", async () => {
    await seedDemo(db);
    const user = await db.user.findFirstOrThrow();
    expect(user).not.toHaveProperty("passwordHash");
    expect(user).not.toHaveProperty("pinHash");
  });
});
