import "server-only";
import type { Comparison } from "@/lib/conversation/compare";
import type { ConversationComparison } from "@/lib/data/conversation-comparison";
import { pdfStyles, startPdf } from "@/lib/conversation/pdf-document";
import { isolate } from "@/lib/conversation/pdf-text";
import { SIDES } from "@/lib/domain";

export interface SummaryWords {
  /** The language of these words ("nl", "ar", …): right-to-left languages are set right-aligned. Dutch when absent. */
  locale?: string;
  title: string;
  meta: string;
  ratingsTitle: string;
  parent: string;
  professional: string;
  rating: (rating: { value: number | null } | null) => string;
  /** The gap in words, with the shared strength where there is one. */
  gap: (comparison: Comparison) => string;
  note: string;
  agreementsTitle: string;
  agreement: (agreement: ConversationComparison["agreements"][number]) => string;
  noAgreements: string;
  appointmentTitle: string;
  appointment: string | null;
}

/**
 * The take-home summary as an A4 PDF, the same content and order as the summary page (agreements,
 * the next appointment, then the overview of both ratings per item), in any of the
 * parents' languages: embedded Noto fonts (Latin, Cyrillic, Arabic), Arabic shaped and set right
 * to left (see pdf-text.ts). Text the two wrote themselves is isolated, so a Dutch comment in
 * an Arabic summary keeps its own direction.
 */
export function renderSummaryPdf(comparison: ConversationComparison, words: SummaryWords): Promise<Buffer> {
  const { write, gap, finish } = startPdf(words.title, words.locale ?? "nl");
  const styles = pdfStyles;
  const quoted = (comment: string | undefined) => (comment ? `: "${isolate(comment)}"` : "");
  const sideName = { PARENT: words.parent, PROFESSIONAL: words.professional };

  write(words.title, styles.title);
  write(words.meta, styles.meta);
  gap(1.2, 11);

  // What they agreed and when they meet again come first: that is what a parent acts on.
  write(words.agreementsTitle, styles.heading);
  gap(0.4, 15);
  if (comparison.agreements.length === 0) write(words.noAgreements, styles.body);
  for (const agreement of comparison.agreements) write(`• ${words.agreement(agreement)}`, { ...styles.body, indent: 8 });

  if (words.appointment) {
    gap(1, 11);
    write(words.appointmentTitle, styles.heading);
    gap(0.4, 15);
    write(words.appointment, styles.appointment);
  }

  gap(1.2, 11);
  write(words.ratingsTitle, styles.heading);
  gap(0.4, 15);
  for (const item of comparison.items) {
    write(`${isolate(item.title)} (${words.gap(item.comparison)})`, styles.itemTitle);
    for (const side of SIDES) {
      const rating = item.ratings[side];
      write(`${sideName[side]}: ${words.rating(rating)}${quoted(rating?.comment)}`, styles.body);
    }
    if (item.note) write(`${words.note}: ${isolate(item.note)}`, styles.body);
    gap(0.6, 11);
  }
  return finish();
}
