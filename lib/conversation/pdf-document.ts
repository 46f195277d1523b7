import "server-only";
import PDFDocument from "pdfkit";
import { registerPdfFonts, writeParagraph, type ParagraphStyle } from "@/lib/conversation/pdf-text";
import { textDirection } from "@/lib/i18n/locales";

const ink = "#1f2a30";
const muted = "#4a5a63";

/** The house styles of every PDF the app makes. */
export const pdfStyles = {
  title: { weight: "bold", size: 22, color: ink },
  meta: { weight: "regular", size: 11, color: muted },
  heading: { weight: "bold", size: 15, color: ink },
  itemTitle: { weight: "bold", size: 12, color: ink },
  body: { weight: "regular", size: 11, color: ink },
  appointment: { weight: "regular", size: 12, color: ink },
} satisfies Record<string, ParagraphStyle>;

/**
 * An A4 document with the embedded fonts, written paragraph by paragraph in the language's
 * direction (see pdf-text.ts); `finish()` ends it and gives the bytes.
 */
export function startPdf(title: string, locale: string) {
  const doc = new PDFDocument({ size: "A4", margin: 56, info: { Title: title, Author: "Samenspraak" } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  registerPdfFonts(doc);
  const direction = textDirection(locale);
  return {
    write: (text: string, style: ParagraphStyle) => writeParagraph(doc, text, direction, style),
    /** Vertical space in lines of the given size, as PDFKit's moveDown counts them. */
    gap: (lines: number, size: number) => {
      doc.y += lines * size * 1.2;
    },
    finish: () => {
      doc.end();
      return done;
    },
  };
}
