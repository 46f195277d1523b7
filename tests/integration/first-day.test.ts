import { execFile } from "node:child_process";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createUserAction, inviteWaitingColleaguesAction, requestPasswordResetAction, sendPasswordLinkAction, setPasswordAction } from "@/lib/actions/invitations";
import { setUpOrganisationAction } from "@/lib/actions/setup";
import { findAccountLink, issueAccountLink, redeemAccountLink } from "@/lib/auth/account-links";
import { authenticate } from "@/lib/auth/authenticate";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { setUpOrganisation } from "@/lib/setup/organisation-setup";
import { issueSetupToken } from "@/lib/setup/setup-token";
import { createWorld, type World } from "../support/factories";
import { formData } from "../support/form-data";
import { resetDatabase } from "../support/reset-database";
import { linkIn, startSmtpInbox } from "../support/smtp-inbox";

// The first day in production: an empty database gets its organisation and administrator once,
// staff choose their own passwords through one-time links that arrive by real SMTP.
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: vi.fn(), requireUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "198.51.100.7" }) }));

let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;

beforeAll(async () => {
  inbox = await startSmtpInbox();
});
afterAll(async () => {
  env.SMTP_URL = undefined;
  await inbox.close();
});

beforeEach(async () => {
  await resetDatabase(db);
  env.SMTP_URL = inbox.url;
});

const firstAdmin = { organisationName: "Kindcentrum De Linde", name: "Sanne de Vries", email: "sanne@delinde.nl", password: "een-goed-wachtwoord" };

function setupForm(token: string, overrides: Record<string, string> = {}) {
  return formData({ token, ...firstAdmin, passwordRepeat: firstAdmin.password, ...overrides });
}

/** What a server action's redirect() throws. */
const redirected = expect.objectContaining({ digest: expect.stringContaining("NEXT_REDIRECT") });

describe("setting up from nothing", () => {
  it("the setup page's token creates the organisation and its administrator once; then every way in is closed", async () => {
    const token = await issueSetupToken(db);
    await expect(setUpOrganisationAction(null, setupForm(token))).rejects.toEqual(redirected);
    const admin = await db.user.findUniqueOrThrow({ where: { email: firstAdmin.email }, include: { organisation: true } });
    expect(admin).toMatchObject({ role: "ADMIN", active: true, organisation: { name: firstAdmin.organisationName } });
    expect(await authenticate(db, { email: firstAdmin.email, password: firstAdmin.password }, "198.51.100.7")).toMatchObject({ ok: true });
    expect(await db.auditEvent.count({ where: { action: "ORGANISATION_SET_UP" } })).toBe(1);

    // The same token again, a new token, and the command's path: nothing more is created.
    expect(await setUpOrganisationAction(null, setupForm(token, { email: "tweede@delinde.nl" }))).toMatchObject({ ok: false, message: "alreadySetUp" });
    expect(await setUpOrganisationAction(null, setupForm(await issueSetupToken(db), { email: "derde@delinde.nl" }))).toMatchObject({ ok: false, message: "alreadySetUp" });
    expect(await setUpOrganisation(db, { ...firstAdmin, email: "vierde@delinde.nl", password: null })).toEqual({ ok: false, reason: "alreadySetUp" });
    expect(await db.user.count()).toBe(1);
    expect(await db.organisation.count()).toBe(1);
  });

  it("refuses a made-up token, and a burst of setups creates exactly one administrator", async () => {
    expect(await setUpOrganisationAction(null, setupForm("verzonnen-token"))).toMatchObject({ ok: false, message: "invalidLink" });
    expect(await db.user.count()).toBe(0);
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, index) => setUpOrganisation(db, { ...firstAdmin, email: `beheerder${index}@delinde.nl`, password: null })),
    );
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(await db.user.count()).toBe(1);
  });

  it("asks again, changing nothing, when the form is not right", async () => {
    const token = await issueSetupToken(db);
    expect(await setUpOrganisationAction(null, setupForm(token, { passwordRepeat: "iets-anders-123" }))).toMatchObject({
      ok: false,
      fieldErrors: { passwordRepeat: ["passwordMismatch"] },
    });
    expect(await setUpOrganisationAction(null, setupForm(token, { email: "geen-adres", password: "kort", passwordRepeat: "kort" }))).toMatchObject({
      ok: false,
      fieldErrors: { email: ["emailFormat"], password: ["passwordTooShort"] },
    });
    expect(await db.user.count()).toBe(0);
  });
});

describe("npm run setup", () => {
  const run = (args: string[]) =>
    new Promise<{ code: number | null; output: string }>((resolve) => {
      execFile("npm", ["run", "--silent", "setup", "--", ...args], { env: { ...process.env, NEXTAUTH_URL: "https://samenspraak.delinde.nl" } }, (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, output: stdout + stderr }),
      );
    });

  it("sets up from flags, prints a one-time link for the administrator's password, and refuses a second time", async () => {
    const first = await run(["--organisation", "Kindcentrum De Linde", "--name", "Sanne de Vries", "--email", "Sanne@DeLinde.nl"]);
    expect(first.code, first.output).toBe(0);
    const link = /https:\/\/samenspraak\.delinde\.nl\/wachtwoord\/instellen\?token=[\w%-]+/.exec(first.output)?.[0];
    expect(link, first.output).toBeTruthy();
    expect(await db.user.findUniqueOrThrow({ where: { email: "sanne@delinde.nl" }, omit: { passwordHash: false } })).toMatchObject({ role: "ADMIN", passwordHash: null });
    expect(await redeemAccountLink(db, new URL(link!).searchParams.get("token")!, "sanne-haar-wachtwoord")).toMatchObject({ ok: true });

    const second = await run(["--organisation", "Overname BV", "--name", "Indringer", "--email", "indringer@example.nl"]);
    expect(second.code).toBe(2);
    expect(second.output).toContain("al ingericht");
    expect(await db.user.count()).toBe(1);
  }, 120_000);

  it("without a terminal to ask, a missing or wrong flag is explained and nothing is made", async () => {
    const missing = await run(["--organisation", "Kindcentrum De Linde", "--name", "Sanne de Vries"]);
    expect(missing.code).toBe(1);
    expect(missing.output).toContain("--email");
    const wrong = await run(["--organisation", "Kindcentrum De Linde", "--name", "Sanne", "--email", "geen-adres"]);
    expect(wrong.code).toBe(1);
    expect(await db.user.count()).toBe(0);
  }, 120_000);
});

describe("inviting staff", () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld(db);
    vi.mocked(getCurrentUser).mockResolvedValue(world.actors.admin);
  });

  const invite = (email: string) =>
    createUserAction(null, formData({ name: "Nina Bakker", email, role: "PROFESSIONAL", teamIds: [world.teamA.id] }));

  it("mails a one-time link; the colleague chooses a password, signs in, and the link never works again", async () => {
    expect(await invite("nina@example.nl")).toEqual({ ok: true, data: { to: "nina@example.nl", mailed: true, link: null } });
    const [mail] = await inbox.to("nina@example.nl");
    expect(mail.subject).toContain(world.organisation.name);
    const token = new URL(linkIn(mail)).searchParams.get("token")!;
    expect(linkIn(mail).startsWith(env.APP_URL)).toBe(true);
    expect(await findAccountLink(db, token)).toMatchObject({ purpose: "INVITATION", user: { name: "Nina Bakker" } });
    // No password yet: nothing signs in, not even the decoy's.
    expect(await authenticate(db, { email: "nina@example.nl", password: "decoy-password-for-timing" }, "198.51.100.7")).toMatchObject({ ok: false });

    await expect(setPasswordAction(null, formData({ token, password: "nina-haar-wachtwoord", passwordRepeat: "nina-haar-wachtwoord" }))).rejects.toEqual(redirected);
    expect(await authenticate(db, { email: "nina@example.nl", password: "nina-haar-wachtwoord" }, "198.51.100.7")).toMatchObject({ ok: true });
    expect(await setPasswordAction(null, formData({ token, password: "overgenomen-wachtwoord", passwordRepeat: "overgenomen-wachtwoord" }))).toMatchObject({ ok: false, message: "invalidLink" });
    expect(await authenticate(db, { email: "nina@example.nl", password: "overgenomen-wachtwoord" }, "198.51.100.7")).toMatchObject({ ok: false });
  });

  it("without a mail server the admin gets the link to pass on; a newer link replaces it, and an expired one fails", async () => {
    env.SMTP_URL = undefined;
    const first = await invite("jan@example.nl");
    if (!first.ok || first.data.mailed) throw new Error(JSON.stringify(first));
    const firstToken = new URL(first.data.link).searchParams.get("token")!;
    const jan = await db.user.findUniqueOrThrow({ where: { email: "jan@example.nl" } });
    const second = await sendPasswordLinkAction(null, formData({ userId: jan.id }));
    if (!second.ok || second.data.mailed) throw new Error(JSON.stringify(second));
    expect(await findAccountLink(db, firstToken)).toBeNull();
    expect(await redeemAccountLink(db, firstToken, "jan-zijn-wachtwoord")).toEqual({ ok: false });

    const later = new Date(Date.now() + 8 * 24 * 3_600_000);
    const secondToken = new URL(second.data.link).searchParams.get("token")!;
    expect(await redeemAccountLink(db, secondToken, "jan-zijn-wachtwoord", later)).toEqual({ ok: false });
    expect(await redeemAccountLink(db, secondToken, "jan-zijn-wachtwoord")).toMatchObject({ ok: true });
    expect(inbox.messages.filter((mail) => mail.text?.includes("jan@"))).toHaveLength(0);
  });

  it("one click invites everyone without a password or invitation yet (after an import); links on their way keep working", async () => {
    const [alreadyInvited, ...imported] = await Promise.all(
      ["a", "b", "c"].map((name) => db.user.create({ data: { organisationId: world.organisation.id, name: `Collega ${name}`, email: `${name}@import.nl`, role: "PROFESSIONAL" } })),
    );
    const earlier = await issueAccountLink(db, alreadyInvited.id, "INVITATION");
    await db.user.create({ data: { organisationId: world.organisation.id, name: "Gestopt", email: "gestopt@import.nl", role: "PROFESSIONAL", active: false } });
    const result = await inviteWaitingColleaguesAction(null, new FormData());
    expect(result).toEqual({ ok: true, data: imported.map((colleague) => ({ to: colleague.email, mailed: true, link: null })) });
    for (const colleague of imported) {
      const [mail] = await inbox.to(colleague.email);
      expect(await redeemAccountLink(db, new URL(linkIn(mail)).searchParams.get("token")!, "een-eigen-wachtwoord")).toMatchObject({ ok: true });
    }
    // The one already invited keeps the link they have; the deactivated one and everyone with a password are left alone.
    expect(await redeemAccountLink(db, earlier, "een-eigen-wachtwoord")).toMatchObject({ ok: true });
    expect(await inbox.to("a@import.nl", 1, 300)).toHaveLength(0);
    expect(await inbox.to("gestopt@import.nl", 1, 300)).toHaveLength(0);
    expect(await inviteWaitingColleaguesAction(null, new FormData())).toEqual({ ok: true, data: [] });
    vi.mocked(getCurrentUser).mockResolvedValue(world.actors["team lead of the team"]);
    expect(await inviteWaitingColleaguesAction(null, new FormData())).toMatchObject({ ok: false, message: "forbidden" });
  });

  it("two submissions of one link at once set one password", async () => {
    const token = await issueAccountLink(db, world.professional.id, "INVITATION");
    const outcomes = await Promise.all(["eerste-wachtwoord-1", "tweede-wachtwoord-2"].map((password) => redeemAccountLink(db, token, password)));
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
  });

  it("only the admin invites, and only into their own organisation's teams", async () => {
    vi.mocked(getCurrentUser).mockResolvedValue(world.actors["professional of the team"]);
    expect(await invite("ongewenst@example.nl")).toMatchObject({ ok: false, message: "forbidden" });
    vi.mocked(getCurrentUser).mockResolvedValue(world.actors["admin of another organisation"]);
    expect(await invite("ongewenst@example.nl")).toMatchObject({ ok: false, fieldErrors: { teamIds: ["unknownTeam"] } });
    expect(await sendPasswordLinkAction(null, formData({ userId: world.professional.id }))).toMatchObject({ ok: false, message: "notFound" });
    expect(await db.user.count({ where: { email: "ongewenst@example.nl" } })).toBe(0);
    expect(await db.accountLink.count()).toBe(0);
  });
});

describe("forgot password", () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld(db);
  });

  const ask = (email: string) => requestPasswordResetAction(null, formData({ email }));

  it("answers the same for an address with and without an account, and mails only the account's owner", async () => {
    const known = await ask(world.professional.email);
    const unknown = await ask("niemand@example.nl");
    expect(unknown).toEqual(known);
    expect(known).toEqual({ ok: true, data: undefined });
    const [mail] = await inbox.to(world.professional.email);
    expect(mail.subject).toBe("Een nieuw wachtwoord voor Samenspraak");
    const token = new URL(linkIn(mail)).searchParams.get("token")!;
    expect(await redeemAccountLink(db, token, "weer-een-wachtwoord")).toMatchObject({ ok: true });
    expect(await inbox.to("niemand@example.nl", 1, 500)).toHaveLength(0);
    // Within the hour it is valid; one used, it never works again.
    expect(await redeemAccountLink(db, token, "nog-een-wachtwoord")).toEqual({ ok: false });
  });

  it("sends no link where the organisation signs in with its own accounts only, and still answers the same", async () => {
    await db.organisation.update({ where: { id: world.organisation.id }, data: { passwordSignIn: false } });
    expect(await ask(world.professional.email)).toEqual({ ok: true, data: undefined });
    expect(await inbox.to(world.professional.email, 1, 500)).toHaveLength(0);
    expect(await db.accountLink.count()).toBe(0);
  });

  it("a burst of 50 requests for one address sends no more mails than the limit", async () => {
    const outcomes = await Promise.all(Array.from({ length: 50 }, () => ask(world.professional.email)));
    const answered = outcomes.filter((outcome) => outcome.ok).length;
    expect(answered).toBe(env.LOGIN_MAX_FAILURES_PER_ACCOUNT);
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.message === "throttled")).toHaveLength(50 - answered);
    await inbox.to(world.professional.email, answered);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await inbox.to(world.professional.email, answered)).toHaveLength(answered);
    // An unknown address is held back just the same: the limit says nothing about who exists.
    const unknown = await Promise.all(Array.from({ length: 10 }, () => ask("niemand@example.nl")));
    expect(unknown.filter((outcome) => outcome.ok)).toHaveLength(env.LOGIN_MAX_FAILURES_PER_ACCOUNT);
  });
});
