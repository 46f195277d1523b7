import type { Account, Profile, User } from "next-auth";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setPasswordSignInAction } from "@/lib/actions/organisation";
import { setPinAction } from "@/lib/actions/settings";
import { authenticate } from "@/lib/auth/authenticate";
import { authOptions } from "@/lib/auth/options";
import { admitOrganisationAccount, emailFromClaims, matchOrganisationAccount } from "@/lib/auth/organisation-account";
import { getCurrentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { asSessionUser, createOrganisation, createUser, FIXTURE_PASSWORD } from "../support/factories";
import { formData } from "../support/form-data";
import { resetDatabase } from "../support/reset-database";

// Signing in with the organisation's own accounts (OpenID Connect): the claims of a verified ID
// token come in, and this app decides whom they sign in as. The provider itself is exercised in
// tests/e2e/organisation-account.spec.ts.

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: vi.fn(), requireUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.40" }) }));

type Staff = Awaited<ReturnType<typeof createUser>>;
let organisationId: string;
let staff: Staff;

beforeEach(async () => {
  await resetDatabase(db);
  organisationId = (await createOrganisation(db)).id;
  staff = await createUser(db, organisationId, "PROFESSIONAL");
});

const claimsOf = (email: unknown, extra: Record<string, unknown> = {}) => ({ sub: "provider-subject-123", email, ...extra });
const auditOf = () => db.auditEvent.findMany({ select: { action: true, actorId: true, subjectUserId: true } });

describe("which account the organisation's account signs in as", () => {
  it("a known staff address signs in as that user, whatever its capitals and spaces, and is recorded", async () => {
    expect(await admitOrganisationAccount(db, claimsOf(`  ${staff.email.toUpperCase()} `))).toEqual({ ok: true, userId: staff.id });
    expect(await auditOf()).toEqual([{ action: "SIGNED_IN", actorId: staff.id, subjectUserId: staff.id }]);
  });

  it("matches an address stored with capitals too (an import that did not normalise it)", async () => {
    await db.user.update({ where: { id: staff.id }, data: { email: "Juf.Anna@Example.nl" } });
    expect(await matchOrganisationAccount(db, claimsOf("juf.anna@example.nl"))).toEqual({ ok: true, userId: staff.id });
  });

  it("an unknown address is refused: no account is made and nothing is recorded", async () => {
    const users = await db.user.count();
    expect(await admitOrganisationAccount(db, claimsOf("nieuw@example.nl"))).toEqual({ ok: false, reason: "unknown" });
    expect(await db.user.count()).toBe(users);
    expect(await db.user.count({ where: { email: "nieuw@example.nl" } })).toBe(0);
    expect(await auditOf()).toEqual([]);
  });

  it("a deactivated account is refused, and the refusal is in its organisation's log", async () => {
    await db.user.update({ where: { id: staff.id }, data: { active: false } });
    expect(await admitOrganisationAccount(db, claimsOf(staff.email))).toEqual({ ok: false, reason: "inactive" });
    expect(await auditOf()).toEqual([{ action: "SIGN_IN_FAILED", actorId: staff.id, subjectUserId: staff.id }]);
  });

  it("takes preferred_username when there is no email claim (Entra ID accounts without a mailbox)", async () => {
    expect(await matchOrganisationAccount(db, { sub: "x", preferred_username: staff.email })).toEqual({ ok: true, userId: staff.id });
    expect(emailFromClaims({ sub: "x", preferred_username: "not an address" })).toEqual({ ok: false, reason: "noEmail" });
  });

  it("refuses an address the provider says it has not verified, and a token without any address", async () => {
    expect(await admitOrganisationAccount(db, claimsOf(staff.email, { email_verified: false }))).toEqual({ ok: false, reason: "unverified" });
    expect(await admitOrganisationAccount(db, { sub: "x" })).toEqual({ ok: false, reason: "noEmail" });
    expect(await matchOrganisationAccount(db, claimsOf(staff.email, { email_verified: true }))).toEqual({ ok: true, userId: staff.id });
    expect(await auditOf()).toEqual([]);
  });
});

describe("next-auth's callbacks for the organisation's account", () => {
  const oidc = { provider: "oidc", type: "oauth", providerAccountId: "provider-subject-123" } as Account;
  const signIn = (profile: Record<string, unknown>, account: Account | null = oidc) =>
    authOptions.callbacks!.signIn!({ user: { id: "provider-subject-123" } as User, account, profile: profile as Profile });
  const jwt = (profile: Record<string, unknown>) =>
    authOptions.callbacks!.jwt!({ token: { sub: "provider-subject-123" }, user: { id: "provider-subject-123" } as User, account: oidc, profile: profile as Profile });

  it("admits invited staff, and the session's subject is this app's user, not the provider's", async () => {
    expect(await signIn(claimsOf(staff.email))).toBe(true);
    const token = await jwt(claimsOf(staff.email));
    expect(token).toMatchObject({ sub: staff.id, via: "oidc" });
    expect(Date.now() - (token.startedAt as number)).toBeLessThan(5_000);
  });

  it("refuses an unknown address (the sign-in page shows AccessDenied) without making an account", async () => {
    const users = await db.user.count();
    expect(await signIn(claimsOf("onbekend@example.nl"))).toBe(false);
    expect(await db.user.count()).toBe(users);
  });

  it("takes role and teams from this app, never from the token", async () => {
    const token = await jwt(claimsOf(staff.email, { roles: ["ADMIN"], groups: ["Directie"], role: "ADMIN" }));
    expect(Object.keys(token).sort()).toEqual(["startedAt", "sub", "via"]);
    expect(await db.user.findUniqueOrThrow({ where: { id: staff.id }, select: { role: true } })).toEqual({ role: "PROFESSIONAL" });
  });

  it("leaves password sign-ins to authorize()", async () => {
    expect(await signIn({}, { provider: "credentials", type: "credentials", providerAccountId: staff.id } as Account)).toBe(true);
  });
});

describe("password sign-in switched off for the organisation", () => {
  const configured = { issuer: "https://login.example.nl", clientId: "samenspraak", clientSecret: "secret", name: "Microsoft", promptLogin: true };
  let admin: SessionUser;
  const switchPasswords = (on: boolean, as: SessionUser) => {
    vi.mocked(getCurrentUser).mockResolvedValue(as);
    return setPasswordSignInAction(null, formData({ passwordSignIn: String(on) }));
  };
  const passwordSignIn = async () => (await db.organisation.findUniqueOrThrow({ where: { id: organisationId } })).passwordSignIn;

  beforeEach(async () => {
    admin = asSessionUser(await createUser(db, organisationId, "ADMIN"), []);
    env.oidc = configured;
  });
  afterEach(() => {
    env.oidc = null;
  });

  it("cannot be switched off while the organisation's accounts are not configured: nobody could sign in", async () => {
    env.oidc = null;
    expect(await switchPasswords(false, { ...admin, signedInWith: "oidc" })).toMatchObject({ ok: false, fieldErrors: { passwordSignIn: ["organisationAccountsMissing"] } });
    expect(await passwordSignIn()).toBe(true);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("is switched off only by an admin who signed in with the organisation's account", async () => {
    expect(await switchPasswords(false, { ...admin, signedInWith: "password" })).toMatchObject({ ok: false, fieldErrors: { passwordSignIn: ["signInWithOrganisationFirst"] } });
    expect(await passwordSignIn()).toBe(true);
    expect(await switchPasswords(false, { ...admin, signedInWith: "oidc" })).toEqual({ ok: true, data: undefined });
    expect(await passwordSignIn()).toBe(false);
    expect(await db.auditEvent.findMany({ select: { action: true, actorId: true } })).toEqual([{ action: "SIGN_IN_METHODS_CHANGED", actorId: admin.id }]);
  });

  it("refuses the right password with a clear answer, and a wrong one as always", async () => {
    await db.organisation.update({ where: { id: organisationId }, data: { passwordSignIn: false } });
    expect(await authenticate(db, { email: staff.email, password: FIXTURE_PASSWORD }, "203.0.113.41")).toEqual({ ok: false, reason: "passwordsOff" });
    expect(await authenticate(db, { email: staff.email, password: "wrong-password" }, "203.0.113.41")).toEqual({ ok: false, reason: "invalid" });
  });

  it("can be switched back on, also without the organisation's accounts", async () => {
    await db.organisation.update({ where: { id: organisationId }, data: { passwordSignIn: false } });
    env.oidc = null;
    expect(await switchPasswords(true, admin)).toEqual({ ok: true, data: undefined });
    expect(await passwordSignIn()).toBe(true);
  });

  it("is for the admin only", async () => {
    expect(await switchPasswords(false, { ...asSessionUser(staff, []), signedInWith: "oidc" })).toMatchObject({ ok: false, message: "forbidden" });
    expect(await passwordSignIn()).toBe(true);
  });
});

describe("the PIN of staff without a password", () => {
  const minutesAgo = (minutes: number) => Date.now() - minutes * 60_000;
  const setPin = (session: Partial<SessionUser>, currentPassword?: string) => {
    vi.mocked(getCurrentUser).mockResolvedValue({ ...asSessionUser(staff, []), ...session });
    return setPinAction(null, formData({ currentPassword, pin: "1357", pinRepeat: "1357" }));
  };
  const hasPin = async () => (await db.user.findUniqueOrThrow({ where: { id: staff.id }, select: { pinHash: true } })).pinHash !== null;

  beforeEach(async () => {
    await db.user.update({ where: { id: staff.id }, data: { passwordHash: null } });
  });

  it("is set without a password within minutes of signing in with the organisation's account", async () => {
    expect(await setPin({ signedInWith: "oidc", sessionStartedAt: minutesAgo(2) })).toEqual({ ok: true, data: undefined });
    expect(await hasPin()).toBe(true);
  });

  it("asks to sign in again once that sign-in is older", async () => {
    expect(await setPin({ signedInWith: "oidc", sessionStartedAt: minutesAgo(11) })).toMatchObject({ ok: false, message: "signInAgain" });
    expect(await hasPin()).toBe(false);
  });

  it("still asks for the password of whoever has one, however fresh the sign-in", async () => {
    const withPassword = await createUser(db, organisationId, "PROFESSIONAL");
    vi.mocked(getCurrentUser).mockResolvedValue({ ...asSessionUser(withPassword, []), signedInWith: "oidc", sessionStartedAt: minutesAgo(1) });
    expect(await setPinAction(null, formData({ pin: "1357", pinRepeat: "1357" }))).toMatchObject({ ok: false, fieldErrors: { currentPassword: ["required"] } });
    expect(await setPinAction(null, formData({ currentPassword: FIXTURE_PASSWORD, pin: "1357", pinRepeat: "1357" }))).toEqual({ ok: true, data: undefined });
  });

  it("does not ask for a password the organisation no longer lets anyone sign in with", async () => {
    const withPassword = await createUser(db, organisationId, "PROFESSIONAL");
    await db.organisation.update({ where: { id: organisationId }, data: { passwordSignIn: false } });
    vi.mocked(getCurrentUser).mockResolvedValue({ ...asSessionUser(withPassword, []), signedInWith: "oidc", sessionStartedAt: minutesAgo(1) });
    expect(await setPinAction(null, formData({ pin: "1357", pinRepeat: "1357" }))).toEqual({ ok: true, data: undefined });
  });
});
