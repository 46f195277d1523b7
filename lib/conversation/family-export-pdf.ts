import "server-only";
import type { ExportRating, FamilyExport } from "@/lib/data/family-export";
import { pdfStyles, startPdf } from "@/lib/conversation/pdf-document";
import { isolate } from "@/lib/conversation/pdf-text";

/** The words of the export PDF, in the reader's language. */
export interface ExportWords {
  locale: string;
  title: string;
  labels: Record<"organisation" | "team" | "homeLanguage" | "followedBy" | "professional" | "parent" | "note" | "consent" | "agreements" | "nextMeeting" | "auditTrail" | "noRating", string>;
  conversation: (conversation: FamilyExport["conversations"][number]) => string;
  consent: (consent: FamilyExport["conversations"][number]["consent"]) => string;
  rating: (rating: ExportRating) => string;
  agreement: (agreement: FamilyExport["conversations"][number]["agreements"][number]) => string;
  date: (iso: string) => string;
  action: (action: string) => string;
}

/** Everything stored about one family, readable: the same content as the JSON export. */
export function renderFamilyExportPdf(data: FamilyExport, words: ExportWords): Promise<Buffer> {
  const { write, gap, finish } = startPdf(words.title, words.locale);
  const { labels } = words;
  const line = (label: string, value: string) => write(`${label}: ${isolate(value)}`, pdfStyles.body);

  write(words.title, pdfStyles.title);
  write(`${isolate(data.family.label)} · ${words.date(data.exportedAt)}`, pdfStyles.meta);
  gap(1, 11);
  line(labels.organisation, data.organisation);
  line(labels.team, data.family.team);
  line(labels.homeLanguage, data.family.homeLanguage);
  line(labels.followedBy, data.family.followedBy.join(", "));

  for (const conversation of data.conversations) {
    gap(1, 11);
    write(words.conversation(conversation), pdfStyles.heading);
    line(labels.consent, words.consent(conversation.consent));
    for (const item of conversation.items) {
      gap(0.4, 11);
      write(isolate(item.item), pdfStyles.itemTitle);
      line(labels.parent, item.parent ? words.rating(item.parent) : labels.noRating);
      line(labels.professional, item.professional ? words.rating(item.professional) : labels.noRating);
      if (item.note) line(labels.note, item.note);
    }
    if (conversation.agreements.length > 0) {
      gap(0.4, 11);
      write(labels.agreements, pdfStyles.itemTitle);
      for (const agreement of conversation.agreements) write(`• ${words.agreement(agreement)}`, { ...pdfStyles.body, indent: 8 });
    }
    if (conversation.nextMeeting) line(labels.nextMeeting, `${words.date(conversation.nextMeeting.at)}${conversation.nextMeeting.place ? ` · ${conversation.nextMeeting.place}` : ""}`);
  }

  gap(1, 11);
  write(labels.auditTrail, pdfStyles.heading);
  for (const event of data.auditTrail) write(`${words.date(event.at)} · ${words.action(event.action)}${event.by ? ` · ${isolate(event.by)}` : ""}`, pdfStyles.body);
  return finish();
}
