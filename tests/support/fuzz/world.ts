import type { SessionUser } from "@/lib/auth/types";
import type { Database } from "@/lib/prisma-client";
import { actorNames, createConversationFixture, createFamily, createReflectionFixture, createWorld } from "../factories";

/**
 * The authorisation matrix's world (two organisations, teams A, B and C, one user per role) with
 * a conversation and a reflection round in team A, and a family and conversation in the other organisation, whose ids a
 * forged request may borrow.
 */
export async function createFuzzWorld(db: Database) {
  const world = await createWorld(db);
  const fixture = await createConversationFixture(db, world);
  const foreignAdmin = world.actors["admin of another organisation"];
  const foreignFamily = await createFamily(db, world.otherOrganisation.id, world.teamC.id);
  const foreignConversation = await db.conversation.create({
    data: {
      organisationId: world.otherOrganisation.id,
      teamId: world.teamC.id,
      familyId: foreignFamily.id,
      professionalId: foreignAdmin.id,
      phaseKey: "pre",
      items: { create: { itemId: fixture.itemId, position: 0 } },
    },
  });
  const reflection = await createReflectionFixture(db, world, fixture.itemId);
  const admin = world.actors.admin;
  return {
    ...world,
    ...fixture,
    ...reflection,
    admin,
    /** Ids that exist, but in the other organisation: no actor of the first may use them. */
    foreignIds: [world.teamC.id, world.otherOrganisation.id, foreignAdmin.id, foreignFamily.id, foreignConversation.id],
  };
}

export type FuzzWorld = Awaited<ReturnType<typeof createFuzzWorld>>;

/** The matrix's actors, plus the two devices without an account: the tablet in parent mode and the parent's phone. */
export const fuzzActors = [...actorNames, "tablet in parent mode", "parent's phone"] as const;
export type FuzzActor = (typeof fuzzActors)[number];

/** Who the actor is to the app: a session user, or a cookie for the fixture's conversation. */
export function identityOf(world: FuzzWorld, actor: FuzzActor): { user: SessionUser | null; device?: "tablet" | "phone" } {
  if (actor === "tablet in parent mode") return { user: null, device: "tablet" };
  if (actor === "parent's phone") return { user: null, device: "phone" };
  return { user: world.actors[actor] };
}
