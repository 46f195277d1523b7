import "server-only";
import type { ConversationGrant } from "@/lib/auth/gate";
import { compareRatings, orderForReveal, type Comparison } from "@/lib/conversation/compare";
import { db } from "@/lib/db";
import { PRAATPLAAT, type Side } from "@/lib/domain";
import { asParentLocale, type ParentLocale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/pick-text";
import { doneBySide } from "./conversations";

/** One item after the reveal: both sides' ratings side by side. */
export interface ComparedItem {
  itemId: string;
  position: number;
  instrumentName: string;
  title: string;
  /** What each side rated, so each recognises their own words. */
  statements: Record<Side, Statement>;
  ratings: Record<Side, Rating | null>;
  comparison: Comparison;
  note: string;
}

export interface Statement {
  text: string;
  locale: string;
  /** The same statement in the language the comparison is shown in, where the side rated it in another one. */
  inComparisonLanguage?: string;
}

/** One side's rating of one item, as the comparison shows it. */
export interface Rating {
  value: number | null;
  comment: string;
  /** The language the side rated (and wrote the comment) in, where known. */
  locale: string | null;
}

export interface AgreementDto {
  id: string;
  text: string;
  owner: "PARENT" | "PROFESSIONAL" | "TOGETHER";
  dueDate: string | null;
  status: "OPEN" | "DONE" | "NOT_DONE";
  agreedOn: Date;
  /** When it was ticked off or first looked back on as done; null while not done. */
  doneAt: Date | null;
  /** The conversation it was last looked back on in, if any. */
  lookedBackIn: string | null;
}

/**
 * One conversation as its page, the summary and the summary's PDF show it: after the reveal, the
 * comparison of both sides' ratings, with the agreements and the next meeting around it.
 */
export interface ConversationComparison {
  id: string;
  familyId: string;
  familyLabel: string;
  phaseName: string;
  status: "RATING" | "REVEALED";
  revealedEarly: boolean;
  /** The parent's answer to counting in the team's results (null: not asked). */
  consent: boolean | null;
  /** The language the parent reads in: their summary and its PDF follow it. */
  parentLocale: ParentLocale;
  createdAt: Date;
  done: Record<Side, boolean>;
  /** Ordered for the talk: biggest differences first. Empty until revealed. */
  items: ComparedItem[];
  prompts: string[];
  /** The prompts in Dutch and English, for read-aloud on a device without a voice for the parent's language. */
  promptFallbacks: { nl: string[]; en: string[] };
  agreements: AgreementDto[];
  /**
   * "Vorige keer spraken we af…": the agreements of this family's earlier conversations that are
   * still to look back on together (open, or never looked back on, also when already ticked off),
   * and those looked back on in this one. They come first.
   */
  earlierOpenAgreements: AgreementDto[];
  appointment: { at: Date; place: string | null } | null;
  canEdit: boolean;
}

const agreementSelect = { id: true, text: true, owner: true, dueDate: true, status: true, createdAt: true, doneAt: true, lookedBackInConversationId: true } as const;

interface AgreementRow {
  id: string;
  text: string;
  owner: AgreementDto["owner"];
  dueDate: Date | null;
  status: AgreementDto["status"];
  createdAt: Date;
  doneAt: Date | null;
  lookedBackInConversationId: string | null;
}

function toAgreement(row: AgreementRow): AgreementDto {
  return {
    id: row.id,
    text: row.text,
    owner: row.owner,
    status: row.status,
    agreedOn: row.createdAt,
    dueDate: row.dueDate?.toISOString().slice(0, 10) ?? null,
    doneAt: row.doneAt,
    lookedBackIn: row.lookedBackInConversationId,
  };
}

/** The professional's (or the admin's, read-only) view of one conversation. */
export function getConversationComparison(conversation: ConversationGrant, locale: string): Promise<ConversationComparison | null> {
  return loadComparison(conversation.conversationId, locale, conversation.mode === "write", "as-rated");
}

/**
 * The summary a parent takes home, on any device at the conversation: read-only, and only once
 * the ratings are revealed.
 */
export async function getParentSummary(conversation: ConversationGrant, locale: string): Promise<ConversationComparison | null> {
  const comparison = await loadComparison(conversation.conversationId, locale, false, "in-comparison-language");
  return comparison?.status === "REVEALED" ? comparison : null;
}

/**
 * `parentStatements`: the professional sees the parent's statement as the parent rated it (in the
 * parent's language, with their own beside it); the parent's summary is wholly in the parent's language.
 */
async function loadComparison(
  id: string,
  locale: string,
  canEdit: boolean,
  parentStatements: "as-rated" | "in-comparison-language",
): Promise<ConversationComparison | null> {
  const conversation = await db.conversation.findUnique({
    where: { id },
    select: {
      id: true,
      familyId: true,
      family: { select: { label: true } },
      phaseKey: true,
      status: true,
      revealedEarly: true,
      parentLocale: true,
      consentToAggregate: true,
      createdAt: true,
      parentDoneAt: true,
      professionalDoneAt: true,
      ownThemeTitle: true,
      nextAppointmentAt: true,
      nextAppointmentPlace: true,
    },
  });
  if (!conversation) return null;
  const conversationId = conversation.id;
  const texts = { where: { locale: { in: [locale, "nl"] } } };
  const revealed = conversation.status === "REVEALED";
  const [phase, items, ratings, notes, agreements, earlierOpen, prompts] = await Promise.all([
    db.phase.findUnique({ where: { key: conversation.phaseKey }, select: { texts } }),
    db.conversationItem.findMany({
      where: { conversationId },
      orderBy: { position: "asc" },
      // Every language's text: each side's statement is shown in the language it was rated in.
      select: { position: true, item: { select: { id: true, kind: true, texts: true, instrumentVersion: { select: { texts } } } } },
    }),
    revealed ? db.rating.findMany({ where: { conversationId } }) : Promise.resolve([]),
    db.itemNote.findMany({ where: { conversationId } }),
    db.agreement.findMany({ where: { conversationId }, orderBy: { createdAt: "asc" }, select: agreementSelect }),
    db.agreement.findMany({
      // Only what came before: an older conversation's page never shows a later one's agreements.
      where: {
        familyId: conversation.familyId,
        conversation: { createdAt: { lt: conversation.createdAt } },
        OR: [{ status: "OPEN" }, { lookedBackInConversationId: null }, { lookedBackInConversationId: conversationId }],
      },
      orderBy: { createdAt: "asc" },
      select: agreementSelect,
    }),
    db.prompt.findMany({
      where: { instrumentVersion: { instrument: { key: PRAATPLAAT } } },
      orderBy: [{ instrumentVersion: { version: "desc" } }, { position: "asc" }],
      take: 5,
      select: { texts: { where: { locale: { in: [locale, "nl", "en"] } } } },
    }),
  ]);
  const ratingOf = (itemId: string, side: Side): Rating | null => {
    const rating = ratings.find((row) => row.itemId === itemId && row.side === side);
    return rating ? { value: rating.value, comment: rating.comment ?? "", locale: rating.locale } : null;
  };
  const comparedItems: ComparedItem[] = revealed
    ? items.map(({ position, item }) => {
        const parent = ratingOf(item.id, "PARENT");
        const professional = ratingOf(item.id, "PROFESSIONAL");
        const text = pickText(item.texts, locale)!;
        const ownTitle = item.kind === "OPEN_THEME" ? conversation.ownThemeTitle : null;
        const statement = (wording: string) => (ownTitle ? `${ownTitle}: ${wording}` : wording);
        const ratedIn = parentStatements === "as-rated" ? (parent?.locale ?? conversation.parentLocale) : locale;
        const parentText = pickText(item.texts, ratedIn)!;
        return {
          itemId: item.id,
          position,
          instrumentName: pickText(item.instrumentVersion.texts, locale)!.name,
          title: ownTitle ?? text.title,
          statements: {
            PARENT: {
              text: statement(parentText.parentStatement),
              locale: parentText.locale,
              inComparisonLanguage: parentText.locale === text.locale ? undefined : statement(text.parentStatement),
            },
            PROFESSIONAL: { text: statement(text.professionalStatement), locale: text.locale },
          },
          ratings: { PARENT: parent, PROFESSIONAL: professional },
          comparison: compareRatings(parent?.value, professional?.value),
          note: notes.find((note) => note.itemId === item.id)?.text ?? "",
        };
      })
    : [];
  return {
    id: conversation.id,
    familyId: conversation.familyId,
    familyLabel: conversation.family.label,
    phaseName: phase ? pickText(phase.texts, locale)!.name : conversation.phaseKey,
    status: conversation.status,
    revealedEarly: conversation.revealedEarly,
    parentLocale: asParentLocale(conversation.parentLocale),
    consent: conversation.consentToAggregate,
    createdAt: conversation.createdAt,
    done: doneBySide(conversation),
    items: orderForReveal(comparedItems),
    prompts: prompts.map((prompt) => pickText(prompt.texts, locale)!.text),
    promptFallbacks: {
      nl: prompts.map((prompt) => pickText(prompt.texts, "nl")!.text),
      en: prompts.map((prompt) => pickText(prompt.texts, "en")!.text),
    },
    agreements: agreements.map(toAgreement),
    earlierOpenAgreements: earlierOpen.map(toAgreement),
    appointment: conversation.nextAppointmentAt ? { at: conversation.nextAppointmentAt, place: conversation.nextAppointmentPlace } : null,
    canEdit,
  };
}
