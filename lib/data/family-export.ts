import "server-only";
import type { FamilyGrant } from "@/lib/auth/gate";
import { db } from "@/lib/db";
import type { Side } from "@/lib/domain";
import { pickText } from "@/lib/i18n/pick-text";

// Everything stored about one family (the AVG's right of access), for the family's professional
// or the admin: the family record, every conversation with both sides' ratings and comments in
// full, notes, agreements, the next meeting, the consent record, and the audit trail about it.

export interface ExportRating {
  value: number | null;
  comment: string | null;
  /** The language the statement was read in. */
  locale: string | null;
  ratedAt: string;
}

export interface FamilyExport {
  exportedAt: string;
  organisation: string;
  family: { label: string; homeLanguage: string; team: string; createdAt: string; followedBy: string[] };
  conversations: {
    startedAt: string;
    phase: string;
    professional: string | null;
    status: string;
    parentLanguage: string;
    revealedAt: string | null;
    revealedEarly: boolean;
    consent: { answer: boolean | null; answeredAt: string | null; wording: string | null; withdrawnAt: string | null };
    items: { instrument: string; item: string; parentStatement: string; parent: ExportRating | null; professional: ExportRating | null; note: string | null }[];
    agreements: { text: string; owner: string; dueDate: string | null; status: string; madeAt: string; doneAt: string | null; lookedBackAt: string | null }[];
    nextMeeting: { at: string; place: string | null } | null;
  }[];
  auditTrail: { at: string; action: string; by: string | null }[];
}

const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;

/** The export, in the given language for the instrument texts; null when the family is not this user's to see. */
export async function getFamilyExport(grant: FamilyGrant, locale: string): Promise<FamilyExport | null> {
  const family = await db.family.findUnique({
    where: { id: grant.familyId },
    select: {
      id: true,
      label: true,
      preferredLanguage: true,
      createdAt: true,
      team: { select: { name: true } },
      organisation: { select: { name: true } },
      professionals: { select: { user: { select: { name: true } } } },
    },
  });
  if (!family) return null;
  const texts = { where: { locale: { in: [locale, "nl"] } } };
  const [conversations, audit, professionals] = await Promise.all([
    db.conversation.findMany({
      where: { familyId: family.id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        createdAt: true,
        phaseKey: true,
        professionalId: true,
        status: true,
        parentLocale: true,
        revealedAt: true,
        revealedEarly: true,
        consentToAggregate: true,
        consentAnsweredAt: true,
        consentWording: true,
        consentWithdrawnAt: true,
        nextAppointmentAt: true,
        nextAppointmentPlace: true,
        ownThemeTitle: true,
        items: {
          orderBy: { position: "asc" },
          select: { item: { select: { id: true, kind: true, texts, instrumentVersion: { select: { texts } } } } },
        },
        ratings: { select: { itemId: true, side: true, value: true, comment: true, locale: true, ratedAt: true } },
        notes: { select: { itemId: true, text: true } },
        agreements: { orderBy: { createdAt: "asc" }, select: { text: true, owner: true, dueDate: true, status: true, createdAt: true, doneAt: true, lookedBackAt: true } },
      },
    }),
    db.auditEvent.findMany({ where: { familyId: family.id }, orderBy: { createdAt: "asc" }, select: { createdAt: true, action: true, actor: { select: { name: true } } } }),
    db.user.findMany({ where: { organisationId: grant.organisationId, role: "PROFESSIONAL" }, select: { id: true, name: true } }),
  ]);
  const professionalName = new Map(professionals.map((professional) => [professional.id, professional.name]));
  return {
    exportedAt: new Date().toISOString(),
    organisation: family.organisation.name,
    family: {
      label: family.label,
      homeLanguage: family.preferredLanguage,
      team: family.team.name,
      createdAt: family.createdAt.toISOString(),
      followedBy: family.professionals.map((follower) => follower.user.name),
    },
    conversations: conversations.map((conversation) => {
      const ratingOf = (itemId: string, side: Side): ExportRating | null => {
        const rating = conversation.ratings.find((row) => row.itemId === itemId && row.side === side);
        return rating ? { value: rating.value, comment: rating.comment, locale: rating.locale, ratedAt: rating.ratedAt.toISOString() } : null;
      };
      return {
        startedAt: conversation.createdAt.toISOString(),
        phase: conversation.phaseKey,
        professional: conversation.professionalId ? (professionalName.get(conversation.professionalId) ?? null) : null,
        status: conversation.status,
        parentLanguage: conversation.parentLocale,
        revealedAt: iso(conversation.revealedAt),
        revealedEarly: conversation.revealedEarly,
        consent: {
          answer: conversation.consentToAggregate,
          answeredAt: iso(conversation.consentAnsweredAt),
          wording: conversation.consentWording,
          withdrawnAt: iso(conversation.consentWithdrawnAt),
        },
        items: conversation.items.map(({ item }) => {
          const text = pickText(item.texts, locale)!;
          const ownTitle = item.kind === "OPEN_THEME" ? conversation.ownThemeTitle : null;
          return {
            instrument: pickText(item.instrumentVersion.texts, locale)!.name,
            item: ownTitle ?? text.title,
            parentStatement: text.parentStatement,
            parent: ratingOf(item.id, "PARENT"),
            professional: ratingOf(item.id, "PROFESSIONAL"),
            note: conversation.notes.find((note) => note.itemId === item.id)?.text ?? null,
          };
        }),
        agreements: conversation.agreements.map((agreement) => ({
          text: agreement.text,
          owner: agreement.owner,
          dueDate: agreement.dueDate?.toISOString().slice(0, 10) ?? null,
          status: agreement.status,
          madeAt: agreement.createdAt.toISOString(),
          doneAt: iso(agreement.doneAt),
          lookedBackAt: iso(agreement.lookedBackAt),
        })),
        nextMeeting: conversation.nextAppointmentAt ? { at: conversation.nextAppointmentAt.toISOString(), place: conversation.nextAppointmentPlace } : null,
      };
    }),
    auditTrail: audit.map((event) => ({ at: event.createdAt.toISOString(), action: event.action, by: event.actor?.name ?? null })),
  };
}
