import "server-only";
import bidiFactory, { type EmbeddingLevels } from "bidi-js";
import { pdfFont, type FontScript, type FontWeight, type PdfFont } from "@/lib/conversation/pdf-fonts";

// Paragraphs of mixed-script, mixed-direction text for PDFKit. PDFKit knows nothing of direction:
// it wraps and lays out a line word by word, left to right; fontkit shapes each string it gets
// (Arabic letters join) and, when the string's first script letter is right-to-left, reverses the
// whole string — Latin names, digits and dates in it too — and never mirrors brackets. So we break
// lines ourselves, order each line with the Unicode Bidirectional Algorithm (bidi-js), and hand
// PDFKit one run at a time: one font, one direction, placed at an explicit x on a shared baseline.

const bidi = bidiFactory();

export type TextDirection = "ltr" | "rtl";

export interface ParagraphStyle {
  weight: FontWeight;
  size: number;
  color: string;
  /** Extra space on the start side: left in ltr documents, right in rtl ones. */
  indent?: number;
}

/** Characters that only steer the bidi algorithm; the fonts have no glyph for them. */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** Everything that Arabic uses, including its comma, question mark and digits, gets the Arabic font. */
const ARABIC_FONT = /\p{Script_Extensions=Arabic}/u;
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const NO_SCRIPT = /[\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;

/** First strong-script character, as fontkit decides whether to reverse a string. */
function fontkitReverses(text: string): boolean {
  for (const char of text) if (!NO_SCRIPT.test(char)) return RTL_SCRIPT.test(char);
  return false;
}

/** Wraps user-entered text so its direction does not leak into the sentence around it (FSI…PDI). */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

interface Run {
  text: string;
  font: PdfFont;
  width: number;
}

/**
 * Writes one paragraph at doc.y, wrapped to the page's text width, aligned to the start side of
 * `direction`, breaking to a new page where needed. Leaves doc.y below the paragraph.
 */
export function writeParagraph(doc: PDFKit.PDFDocument, text: string, direction: TextDirection, style: ParagraphStyle): void {
  for (const line of text.replace(/\t/g, " ").split(/\r\n|\r|\n/)) writeOneParagraph(doc, line, direction, style);
  doc.x = doc.page.margins.left;
}

function writeOneParagraph(doc: PDFKit.PDFDocument, text: string, direction: TextDirection, style: ParagraphStyle): void {
  const indent = style.indent ?? 0;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right - indent;
  const levels = bidi.getEmbeddingLevels(text, direction);
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels);
  const fonts = fontsPerCodeUnit(text, style.weight);
  const visualOrder = (start: number, end: number) => bidi.getReorderedIndices(text, levels, start, end - 1).slice(start, end);
  const measure = (start: number, end: number) =>
    runsOf(doc, text, levels, mirrored, fonts, style.size, visualOrder(start, end)).reduce((sum, run) => sum + run.width, 0);

  doc.fillColor(style.color);
  if (text.trim() === "") {
    placeLine(doc, [], direction, indent, width, style.size, pdfFont("latin", style.weight));
    return;
  }
  for (const [start, end] of breakLines(text, width, measure)) {
    placeLine(doc, runsOf(doc, text, levels, mirrored, fonts, style.size, visualOrder(start, end)), direction, indent, width, style.size, pdfFont("latin", style.weight));
  }
}

/** The font of each UTF-16 code unit (both halves of a surrogate pair get the same one). */
function fontsPerCodeUnit(text: string, weight: FontWeight): PdfFont[] {
  const fonts: PdfFont[] = [];
  for (const char of text) {
    const script: FontScript = ARABIC_FONT.test(char) ? "arabic" : "latin";
    for (let i = 0; i < char.length; i++) fonts.push(pdfFont(script, weight));
  }
  return fonts;
}

/**
 * Greedy line breaking at spaces, on measured widths; a word wider than the line is cut where it
 * fits. Returns [start, end) ranges without the spaces at the break.
 */
function breakLines(text: string, width: number, measure: (start: number, end: number) => number): [number, number][] {
  const lines: [number, number][] = [];
  let line: [number, number] | null = null;
  let lineWidth = 0;
  for (const match of text.matchAll(/[^ ]+/g)) {
    let start = match.index;
    const end = start + match[0].length;
    while (measure(start, end) > width) {
      // Cut the longest prefix that fits (at least one character), on its own line; never
      // between the two halves of a surrogate pair.
      const after = (i: number) => i + (text.codePointAt(i)! > 0xffff ? 2 : 1);
      let cut = after(start);
      while (cut < end && measure(start, after(cut)) <= width) cut = after(cut);
      if (line) lines.push(line);
      lines.push([start, cut]);
      line = null;
      start = cut;
    }
    const wordWidth = measure(start, end);
    const added = line ? measure(line[1], end) : wordWidth;
    if (line && lineWidth + added <= width) {
      line = [line[0], end];
      lineWidth += added;
    } else {
      if (line) lines.push(line);
      line = [start, end];
      lineWidth = wordWidth;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Groups code units, given in visual order, into runs PDFKit can draw as one string: same font,
 * same bidi level, neighbours in the text. Each run is given to fontkit in logical order so Arabic
 * letters join; fontkit reverses it when its first script letter is right-to-left, which is right
 * for Arabic words but not for a right-to-left run of only punctuation, nor for Arabic-Indic
 * digits inside a left-to-right run: those we reverse first, so fontkit's reversal undoes ours.
 */
function runsOf(
  doc: PDFKit.PDFDocument,
  text: string,
  levels: EmbeddingLevels,
  mirrored: Map<number, string>,
  fonts: PdfFont[],
  size: number,
  visual: number[],
): Run[] {
  const groups: { indices: number[]; font: PdfFont; level: number }[] = [];
  for (const index of visual) {
    if (BIDI_CONTROL.test(text[index])) continue;
    const level = levels.levels[index];
    const last = groups.at(-1);
    const step = level % 2 === 1 ? -1 : 1;
    if (last && last.font === fonts[index] && last.level === level && last.indices.at(-1)! + step === index) last.indices.push(index);
    else groups.push({ indices: [index], font: fonts[index], level });
  }
  return groups.map(({ indices, font, level }) => {
    const rtl = level % 2 === 1;
    let logical = "";
    for (let i = Math.min(...indices); i <= Math.max(...indices); i++) logical += (rtl && mirrored.get(i)) || text[i];
    const runText = rtl === fontkitReverses(logical) ? logical : Array.from(logical).reverse().join("");
    doc.font(font.name, size);
    return { text: runText, font, width: doc.widthOfString(runText, { features: [] }) };
  });
}

/** Draws one line of runs (already in visual order) on a baseline below doc.y and moves doc.y down. */
function placeLine(doc: PDFKit.PDFDocument, runs: Run[], direction: TextDirection, indent: number, width: number, size: number, base: PdfFont): void {
  const used = runs.length > 0 ? runs.map((run) => run.font) : [base];
  const ascent = Math.max(...used.map((font) => font.ascent)) * size;
  const height = ascent + Math.max(...used.map((font) => font.descent)) * size;
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const top = doc.y;
  const lineWidth = runs.reduce((sum, run) => sum + run.width, 0);
  let x = direction === "rtl" ? doc.page.margins.left + width - lineWidth : doc.page.margins.left + indent;
  for (const run of runs) {
    // `features: []` makes PDFKit shape the run as one string instead of word by word.
    doc.font(run.font.name, size).text(run.text, x, top + ascent, { lineBreak: false, baseline: "alphabetic", features: [] });
    x += run.width;
  }
  doc.x = doc.page.margins.left;
  doc.y = top + height;
}

/** Registers the embedded fonts under the names pdfFont() gives them; PDFKit loads each on first use. */
export function registerPdfFonts(doc: PDFKit.PDFDocument): void {
  for (const script of ["latin", "arabic"] as const) {
    for (const weight of ["regular", "bold"] as const) {
      const font = pdfFont(script, weight);
      doc.registerFont(font.name, font.data);
    }
  }
}
