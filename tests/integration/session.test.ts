import { beforeEach, describe, expect, it, vi } from "vitest";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { getCurrentUser } from "@/lib/auth/session";
import { readParentMode } from "@/lib/conversation/cookies";
import { db } from "@/lib/db";
import { createOrganisation, createTeam, createUser } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

// The signed cookie is next-auth's job; what is ours is that every request reads the user
// fresh, so a deactivation or a role change applies at once.
vi.mock("next-auth", () => ({ getServerSession: vi.fn() }));
vi.mock("@/lib/conversation/cookies", () => ({ readParentMode: vi.fn(async () => null) }));

describe("getCurrentUser", () => {
  beforeEach(() => resetDatabase(db));

  it("reads role and teams from the database, and drops a deactivated user at once", async () => {
    const organisation = await createOrganisation(db);
    const team = await createTeam(db, organisation.id);
    const user = await createUser(db, organisation.id, "PROFESSIONAL", [team.id]);
    vi.mocked(getServerSession).mockResolvedValue({ user: { id: user.id }, expires: "" });

    expect(await getCurrentUser()).toMatchObject({ id: user.id, role: "PROFESSIONAL", teamIds: [team.id], hasPin: false });

    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await getCurrentUser()).toBeNull();
  });

  it("is null without a session", async () => {
    vi.mocked(getServerSession).mockResolvedValue(null);
    expect(await getCurrentUser()).toBeNull();
  });
});

describe("signing out", () => {
  beforeEach(() => resetDatabase(db));

  it("voids sessions that started before it, even if their cookie is refreshed later", async () => {
    const organisation = await createOrganisation(db);
    const user = await createUser(db, organisation.id, "ADMIN");
    const startedAt = Date.now() - 60_000;
    vi.mocked(getServerSession).mockResolvedValue({ user: { id: user.id, startedAt }, expires: "" });
    expect(await getCurrentUser()).not.toBeNull();

    await db.user.update({ where: { id: user.id }, data: { signedOutAt: new Date() } });
    expect(await getCurrentUser()).toBeNull();

    // A new sign-in afterwards starts a new session, which counts.
    vi.mocked(getServerSession).mockResolvedValue({ user: { id: user.id, startedAt: Date.now() + 1 }, expires: "" });
    expect(await getCurrentUser()).not.toBeNull();
  });
});

describe("parent mode", () => {
  beforeEach(() => resetDatabase(db));

  it("a tablet in parent mode acts for nobody, even with the professional's session on it", async () => {
    const organisation = await createOrganisation(db);
    const user = await createUser(db, organisation.id, "PROFESSIONAL");
    vi.mocked(getServerSession).mockResolvedValue({ user: { id: user.id, startedAt: Date.now() }, expires: "" });
    expect(await getCurrentUser()).not.toBeNull();
    vi.mocked(readParentMode).mockResolvedValueOnce({ conversationId: "c1", professionalId: user.id });
    expect(await getCurrentUser()).toBeNull();
  });
});

describe("/api/auth/session", () => {
  beforeEach(() => resetDatabase(db));

  it("says nothing about who it was for a cookie used after signing out, or of a deactivated account", async () => {
    const organisation = await createOrganisation(db);
    const user = await createUser(db, organisation.id, "PROFESSIONAL");
    const session = (startedAt: number) =>
      authOptions.callbacks!.session!({ session: { expires: "2099-01-01T00:00:00.000Z" }, token: { sub: user.id, startedAt }, user: undefined } as never);
    const startedAt = Date.now() - 60_000;
    expect(await session(startedAt)).toEqual({ expires: "2099-01-01T00:00:00.000Z", user: { id: user.id, startedAt, signedInWith: "password" } });

    await db.user.update({ where: { id: user.id }, data: { signedOutAt: new Date() } });
    expect(await session(startedAt)).toEqual({ expires: "2099-01-01T00:00:00.000Z" });

    await db.user.update({ where: { id: user.id }, data: { signedOutAt: null, active: false } });
    expect(await session(Date.now())).toEqual({ expires: "2099-01-01T00:00:00.000Z" });
  });
});

describe("a session handed over in parent mode", () => {
  beforeEach(() => resetDatabase(db));

  it("acts for nobody even when the parent deletes the parent-mode cookie, and the professional's other sessions go on", async () => {
    const organisation = await createOrganisation(db);
    const team = await createTeam(db, organisation.id);
    const user = await createUser(db, organisation.id, "PROFESSIONAL", [team.id]);
    const tabletSession = Date.now() - 60_000;
    await db.parentModeLock.create({ data: { userId: user.id, sessionStartedAt: new Date(tabletSession), conversationId: "c1" } });
    vi.mocked(readParentMode).mockResolvedValue(null); // the cookie is gone
    vi.mocked(getServerSession).mockResolvedValue({ user: { id: user.id, startedAt: tabletSession }, expires: "" });
    expect(await getCurrentUser()).toBeNull();

    vi.mocked(getServerSession).mockResolvedValue({ user: { id: user.id, startedAt: tabletSession + 1 }, expires: "" });
    expect(await getCurrentUser()).toMatchObject({ id: user.id });
  });
});

