import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { TextLink } from "@/components/ui/text-link";
import { TitledSection } from "@/components/ui/titled-section";

/** One card of the home screen: a heading, what it lists, and a kind line when there is nothing. */
export function HomeSection({ id, title, hint, empty, children }: { id: string; title: string; hint?: string; empty: string | null; children: ReactNode }) {
  return (
    <TitledSection id={id} title={title} size="tile" card className="space-y-3">
      {hint ? <p className="text-base text-ink-soft">{hint}</p> : null}
      {empty ? <p className="text-lg">{empty}</p> : <div className="@container space-y-3">{children}</div>}
    </TitledSection>
  );
}

/** Rows a home list shows before the rest fold away: on a phone, four cards must not become six screens. */
export const ROWS_SHOWN = 3;

/**
 * A home list: the first rows, and the rest behind one "show N more" that needs no JavaScript.
 * `beyond` says what is not listed at all; it sits at the end of the folded rows, so the two
 * counts never stand side by side.
 */
export async function FoldedList({ rows, beyond }: { rows: ReactNode[]; beyond?: ReactNode }) {
  const t = await getTranslations("Start");
  const rest = rows.slice(ROWS_SHOWN);
  return (
    <>
      <ul className="space-y-3">{rows.slice(0, ROWS_SHOWN)}</ul>
      {rest.length ? (
        <details className="group space-y-3 border-t border-line pt-1">
          <summary className="inline-flex min-h-11 cursor-pointer items-center gap-2 text-lg text-teal-700">
            <span aria-hidden="true" className="transition-transform group-open:rotate-90 rtl:-scale-x-100">
              ›
            </span>
            <span className="underline">{t("showMore", { count: rest.length })}</span>
          </summary>
          <ul className="space-y-3">{rest}</ul>
          {beyond}
        </details>
      ) : (
        beyond
      )}
    </>
  );
}

/** A row of a home list: what it is about on the start side, its one action beside it when the card is wide enough, else below. */
export function HomeRow({ children, action }: { children: ReactNode; action: ReactNode }) {
  return (
    <li className="flex flex-col gap-1 border-t border-line pt-3 first:border-t-0 first:pt-0 @md:flex-row @md:items-center @md:justify-between @md:gap-4">
      <div className="min-w-0 space-y-0.5 @md:flex-1">{children}</div>
      <div className="shrink-0">{action}</div>
    </li>
  );
}

/** A row's way into the conversation it is about, named by the family for a screen reader's list of links. */
export async function ToConversation({ conversationId, familyLabel }: { conversationId: string; familyLabel: string }) {
  const t = await getTranslations("Start");
  return (
    <TextLink href={`/gesprekken/${conversationId}`} aria-label={t("toConversationWith", { label: familyLabel })}>
      {t("toConversation")}
    </TextLink>
  );
}
