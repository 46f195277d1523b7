import "server-only";
import type { HomeGrant } from "@/lib/auth/gate";
import { familyScope } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** How far ahead the home screen looks for follow-up conversations and agreements that fall due. */
export const LOOK_AHEAD_DAYS = 14;
/**
 * A revealed conversation without a planned follow-up counts as still being talked through for
 * this long; after that it is history, found on the family's page.
 */
export const DISCUSSION_DAYS = 7;
/** Families offered on the home screen to start with; the rest are one tap further, on the families page. */
export const START_FAMILIES = 6;
/** Agreements listed on the home screen, the most urgent first; the rest are counted. */
export const DUE_SHOWN = 6;
/** Ongoing conversations listed on the home screen, the newest first; the rest are counted. */
export const ONGOING_SHOWN = 20;

const DAY = 86_400_000;

export interface OngoingConversation {
  id: string;
  familyLabel: string;
  stage: "rating" | "discussion";
  createdAt: Date;
}

export interface UpcomingAppointment {
  conversationId: string;
  familyLabel: string;
  at: Date;
  place: string | null;
}

export interface DueAgreement {
  id: string;
  conversationId: string;
  familyLabel: string;
  text: string;
  owner: "PARENT" | "PROFESSIONAL" | "TOGETHER";
  dueDate: Date;
  overdue: boolean;
}

export interface HomeOverview {
  ongoing: OngoingConversation[];
  /** All ongoing conversations, also those not listed. */
  ongoingCount: number;
  appointments: UpcomingAppointment[];
  dueAgreements: DueAgreement[];
  /** All agreements that are due, also those not listed. */
  dueCount: number;
  /** Families to start a conversation with: the ones most recently worked with first. */
  families: { id: string; label: string }[];
}

/**
 * The families a professional works with: of their own teams (familyScope, as on the families
 * page), and either followed by them or talked with by them. A colleague's family stays off it.
 */
function ownFamilies(user: SessionUser): Prisma.FamilyWhereInput {
  return { ...familyScope(user), OR: [{ professionals: { some: { userId: user.id } } }, { conversations: { some: { professionalId: user.id } } }] };
}

/** Today at 00:00 UTC: agreements have a date without a time, stored as that day at midnight UTC. */
function startOfDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Everything on a professional's home screen, as of `now`. */
export async function getHomeOverview({ user }: HomeGrant, now = new Date()): Promise<HomeOverview> {
  const family = ownFamilies(user);
  const today = startOfDay(now);
  const familyLabel = { family: { select: { label: true } } } as const;
  const due: Prisma.AgreementWhereInput = { family, status: "OPEN", dueDate: { lte: new Date(today.getTime() + LOOK_AHEAD_DAYS * DAY) } };
  const inProgress: Prisma.ConversationWhereInput = {
    family,
    OR: [{ status: "RATING" }, { status: "REVEALED", nextAppointmentAt: null, revealedAt: { gte: new Date(now.getTime() - DISCUSSION_DAYS * DAY) } }],
  };
  const [ongoing, ongoingCount, appointments, agreements, dueCount, families] = await Promise.all([
    db.conversation.findMany({
      where: inProgress,
      orderBy: { createdAt: "desc" },
      take: ONGOING_SHOWN,
      select: { id: true, status: true, createdAt: true, ...familyLabel },
    }),
    db.conversation.count({ where: inProgress }),
    db.conversation.findMany({
      where: { family, nextAppointmentAt: { gte: now, lte: new Date(now.getTime() + LOOK_AHEAD_DAYS * DAY) } },
      orderBy: { nextAppointmentAt: "asc" },
      select: { id: true, nextAppointmentAt: true, nextAppointmentPlace: true, ...familyLabel },
    }),
    db.agreement.findMany({
      where: due,
      orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }],
      take: DUE_SHOWN,
      select: { id: true, conversationId: true, text: true, owner: true, dueDate: true, ...familyLabel },
    }),
    db.agreement.count({ where: due }),
    db.family.findMany({
      where: family,
      select: { id: true, label: true, createdAt: true, conversations: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } } },
    }),
  ]);
  const lastWorkedOn = (entry: (typeof families)[number]) => Math.max(entry.createdAt.getTime(), entry.conversations[0]?.createdAt.getTime() ?? 0);
  const recent = families.sort((a, b) => lastWorkedOn(b) - lastWorkedOn(a) || a.label.localeCompare(b.label));
  return {
    ongoing: ongoing.map((conversation) => ({
      id: conversation.id,
      familyLabel: conversation.family.label,
      stage: conversation.status === "RATING" ? "rating" : "discussion",
      createdAt: conversation.createdAt,
    })),
    ongoingCount,
    appointments: appointments.map((conversation) => ({
      conversationId: conversation.id,
      familyLabel: conversation.family.label,
      at: conversation.nextAppointmentAt!,
      place: conversation.nextAppointmentPlace,
    })),
    dueAgreements: agreements.map((agreement) => ({
      id: agreement.id,
      conversationId: agreement.conversationId,
      familyLabel: agreement.family.label,
      text: agreement.text,
      owner: agreement.owner,
      dueDate: agreement.dueDate!,
      overdue: agreement.dueDate! < today,
    })),
    dueCount,
    families: recent.slice(0, START_FAMILIES).map(({ id, label }) => ({ id, label })),
  };
}
