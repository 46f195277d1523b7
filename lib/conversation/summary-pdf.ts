import "server-only";
import PDFDocument from "pdfkit";
import type { ConversationReview } from "@/lib/data/conversation-review";

export interface SummaryWords {
  title: string;
  meta: string;
  ratingsTitle: string;
  parent: string;
  professional: string;
  answer: (answer: { value: number | null } | null) => string;
  highlight: (highlight: "bigGap" | "sharedStrength" | null) => string;
  note: string;
  agreementsTitle: string;
  agreement: (agreement: ConversationReview["agreements"][number]) => string;
  noAgreements: string;
  appointmentTitle: string;
  appointment: string | null;
}

/**
 * The take-home summary as an A4 PDF, the same content as the summary page. Uses the PDF
 * standard font (Helvetica, WinAnsi), which covers Dutch and English; scripts beyond Latin-1
 * need an embedded font, which comes with the parent languages.
 */
export function renderSummaryPdf(review: ConversationReview, words: SummaryWords): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 56, info: { Title: words.title, Author: "Samenspraak" } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));

  doc.font("Helvetica-Bold").fontSize(22).text(words.title);
  doc.font("Helvetica").fontSize(11).fillColor("#4a5a63").text(words.meta).moveDown(1.2);

  doc.fillColor("#1f2a30").font("Helvetica-Bold").fontSize(15).text(words.ratingsTitle).moveDown(0.4);
  for (const item of review.items) {
    const highlight = words.highlight(item.comparison.highlight);
    doc.font("Helvetica-Bold").fontSize(12).text(highlight ? `${item.title} (${highlight})` : item.title);
    doc.font("Helvetica").fontSize(11);
    doc.text(`${words.parent}: ${words.answer(item.parent)}${item.parent?.comment ? `: "${item.parent.comment}"` : ""}`);
    doc.text(`${words.professional}: ${words.answer(item.professional)}${item.professional?.comment ? `: "${item.professional.comment}"` : ""}`);
    if (item.note) doc.text(`${words.note}: ${item.note}`);
    doc.moveDown(0.6);
  }

  doc.moveDown(0.6).font("Helvetica-Bold").fontSize(15).text(words.agreementsTitle).moveDown(0.4);
  doc.font("Helvetica").fontSize(11);
  if (review.agreements.length === 0) doc.text(words.noAgreements);
  for (const agreement of review.agreements) doc.text(`• ${words.agreement(agreement)}`, { indent: 8 });

  if (words.appointment) {
    doc.moveDown(1).font("Helvetica-Bold").fontSize(15).text(words.appointmentTitle).moveDown(0.4);
    doc.font("Helvetica").fontSize(12).text(words.appointment);
  }
  doc.end();
  return done;
}
