import "server-only";
import type { ConversationGrant } from "@/lib/auth/gate";
import { effectiveThreshold } from "@/lib/dashboard/suppression";
import { db } from "@/lib/db";
import type { Side } from "@/lib/domain";
import { asParentLocale, type ParentLocale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/pick-text";

export interface SheetItem {
  itemId: string;
  instrumentKey: string;
  kind: "QUESTION" | "THEME" | "OPEN_THEME" | "PARTNERSHIP";
  title: string;
  /** The statement each side rates, in that side's language. */
  statements: Record<Side, { text: string; locale: string }>;
  /** The parent's statement in Dutch and English, for read-aloud on a device without a voice for the parent's language. */
  parentFallbacks: { nl: string; en?: string };
}

/** One side's ratings by item id. */
export type SideRatings = Record<string, { value: number | null; comment: string }>;

export interface RatingSheet {
  conversationId: string;
  status: "RATING" | "REVEALED";
  parentLocale: string;
  consentAsked: boolean;
  /** The organisation's anonymity threshold, which the consent question names. */
  anonymityThreshold: number;
  revealedEarly: boolean;
  done: Record<Side, boolean>;
  items: SheetItem[];
  /** Only the sides this device rates for: a parent's phone never receives the professional's ratings. */
  ratings: Partial<Record<Side, SideRatings>>;
}

/** Everything a device needs to rate, for the sides it may rate for. */
export async function getRatingSheet(access: ConversationGrant, uiLocale: string): Promise<RatingSheet | null> {
  const conversation = await db.conversation.findUnique({
    where: { id: access.conversationId },
    select: {
      id: true,
      organisationId: true,
      status: true,
      revealedEarly: true,
      parentLocale: true,
      ownThemeTitle: true,
      consentToAggregate: true,
      parentDoneAt: true,
      professionalDoneAt: true,
    },
  });
  if (!conversation) return null;
  const locales = [...new Set([conversation.parentLocale, uiLocale, "nl", "en"])];
  const [items, rows, organisation] = await Promise.all([
    db.conversationItem.findMany({
      where: { conversationId: conversation.id },
      orderBy: { position: "asc" },
      select: {
        item: {
          select: {
            id: true,
            kind: true,
            instrumentVersion: { select: { instrument: { select: { key: true } } } },
            texts: { where: { locale: { in: locales } } },
          },
        },
      },
    }),
    db.rating.findMany({
      where: { conversationId: conversation.id, side: { in: access.sides } },
      select: { itemId: true, side: true, value: true, comment: true },
    }),
    db.organisation.findUniqueOrThrow({ where: { id: conversation.organisationId }, select: { anonymityThreshold: true } }),
  ]);
  const ratings: Partial<Record<Side, SideRatings>> = Object.fromEntries(access.sides.map((side) => [side, {}]));
  for (const row of rows) ratings[row.side]![row.itemId] = { value: row.value, comment: row.comment ?? "" };

  return {
    conversationId: conversation.id,
    status: conversation.status,
    parentLocale: conversation.parentLocale,
    consentAsked: conversation.consentToAggregate !== null,
    anonymityThreshold: effectiveThreshold(organisation.anonymityThreshold),
    revealedEarly: conversation.revealedEarly,
    done: doneBySide(conversation),
    ratings,
    items: items.map(({ item }) => {
      const forParent = pickText(item.texts, conversation.parentLocale)!;
      const forProfessional = pickText(item.texts, uiLocale)!;
      const ownTitle = item.kind === "OPEN_THEME" ? conversation.ownThemeTitle : null;
      const parentStatement = (text: { parentStatement: string } | undefined) => (text ? (ownTitle ? `${ownTitle}: ${text.parentStatement}` : text.parentStatement) : undefined);
      return {
        itemId: item.id,
        instrumentKey: item.instrumentVersion.instrument.key,
        kind: item.kind,
        title: ownTitle ?? forProfessional.title,
        statements: {
          PARENT: { text: parentStatement(forParent)!, locale: forParent.locale },
          PROFESSIONAL: {
            text: ownTitle ? `${ownTitle}: ${forProfessional.professionalStatement}` : forProfessional.professionalStatement,
            locale: forProfessional.locale,
          },
        },
        parentFallbacks: {
          nl: parentStatement(item.texts.find((text) => text.locale === "nl"))!,
          en: parentStatement(item.texts.find((text) => text.locale === "en")),
        },
      };
    }),
  };
}

export interface ConversationProgress {
  status: "RATING" | "REVEALED";
  revealedEarly: boolean;
  done: Record<Side, boolean>;
  rated: Record<Side, number>;
  total: number;
}

/** Which sides pressed "Klaar", keyed by side like every per-side value. */
export function doneBySide(conversation: { parentDoneAt: Date | null; professionalDoneAt: Date | null }): Record<Side, boolean> {
  return { PARENT: conversation.parentDoneAt !== null, PROFESSIONAL: conversation.professionalDoneAt !== null };
}

/** For the professional's live view of the parent's phone: counts only, never ratings. */
export async function getConversationProgress({ conversationId }: ConversationGrant): Promise<ConversationProgress | null> {
  const conversation = await db.conversation.findUnique({
    where: { id: conversationId },
    select: { status: true, revealedEarly: true, parentDoneAt: true, professionalDoneAt: true, _count: { select: { items: true } } },
  });
  if (!conversation) return null;
  const counts = await db.rating.groupBy({ by: ["side"], where: { conversationId }, _count: { _all: true } });
  const rated = { PARENT: 0, PROFESSIONAL: 0 };
  for (const row of counts) rated[row.side] = row._count._all;
  return {
    status: conversation.status,
    revealedEarly: conversation.revealedEarly,
    done: doneBySide(conversation),
    rated,
    total: conversation._count.items,
  };
}

/** The language a parent reads this conversation in. */
export async function getParentLocale({ conversationId }: ConversationGrant): Promise<ParentLocale> {
  const conversation = await db.conversation.findUnique({ where: { id: conversationId }, select: { parentLocale: true } });
  return asParentLocale(conversation?.parentLocale);
}
