import "server-only";
import type { ConversationGrant } from "@/lib/auth/gate";
import type { AppointmentFacts } from "@/lib/conversation/calendar-file";
import { db } from "@/lib/db";

/**
 * The next appointment of a conversation, with only what its calendar file says: where, with
 * whom (the team and the professional) and how many agreements to look back on. Never the
 * family's label, the child or any rating: a calendar is shared, synced and shown on lock screens.
 */
export async function getAppointment({ conversationId }: ConversationGrant): Promise<AppointmentFacts | null> {
  const conversation = await db.conversation.findUnique({
    where: { id: conversationId },
    select: {
      nextAppointmentAt: true,
      nextAppointmentPlace: true,
      professionalId: true,
      family: { select: { team: { select: { name: true } } } },
      _count: { select: { agreements: true } },
    },
  });
  if (!conversation?.nextAppointmentAt) return null;
  const professional = conversation.professionalId
    ? await db.user.findUnique({ where: { id: conversation.professionalId }, select: { name: true } })
    : null;
  return {
    at: conversation.nextAppointmentAt,
    place: conversation.nextAppointmentPlace,
    team: conversation.family.team.name,
    professional: professional?.name ?? null,
    agreements: conversation._count.agreements,
  };
}
