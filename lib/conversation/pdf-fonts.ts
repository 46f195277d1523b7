import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

// The fonts embedded in the summary PDF. The PDF standard fonts (Helvetica, WinAnsi) cannot show
// Turkish, Polish, Cyrillic or Arabic, so we embed Noto: Noto Sans for Latin, Greek and Cyrillic,
// Noto Naskh Arabic for Arabic (Noto Sans has no Arabic, Naskh has no Latin letters beyond digits).
// Both come as plain TTF files in npm packages of the same publisher (OFL-1.1), read from disk:
// nothing is downloaded at run time.

export type FontScript = "latin" | "arabic";
export type FontWeight = "regular" | "bold";

const files: Record<FontScript, { pkg: string; regular: string; bold: string }> = {
  latin: { pkg: "@embedpdf/fonts-latin", regular: "NotoSans-Regular.ttf", bold: "NotoSans-Bold.ttf" },
  arabic: { pkg: "@embedpdf/fonts-arabic", regular: "NotoNaskhArabic-Regular.ttf", bold: "NotoNaskhArabic-Bold.ttf" },
};

export interface PdfFont {
  /** The name the font is registered under in a PDFKit document. */
  name: string;
  data: Buffer;
  /** Vertical metrics per 1 pt of font size (hhea ascender and depth below the baseline). */
  ascent: number;
  descent: number;
}

const cache = new Map<string, PdfFont>();

/**
 * One embedded font, read once per process. The path goes through the working directory, not
 * through the module system: route handlers run bundled from .next/server, where
 * import.meta.url and require.resolve do not point into node_modules; `next start`, `next dev`
 * and the tests all run from the project root. The packages' `exports` hide the font files from
 * require.resolve anyway.
 */
export function pdfFont(script: FontScript, weight: FontWeight): PdfFont {
  const name = `${script}-${weight}`;
  const cached = cache.get(name);
  if (cached) return cached;
  const { pkg, [weight]: file } = files[script];
  const fontPath = path.join(process.cwd(), "node_modules", pkg, "fonts", file);
  let data: Buffer;
  try {
    data = readFileSync(fontPath);
  } catch (error) {
    throw new Error(`Font ${fontPath} is missing: is the npm package ${pkg} installed?`, { cause: error });
  }
  const font = { name, data, ...verticalMetrics(data) };
  cache.set(name, font);
  return font;
}

/**
 * Ascender and descender from the font's own tables, to put runs of the two fonts on one
 * baseline and size a line for the taller one. PDFKit keeps these on a private field only.
 */
function verticalMetrics(data: Buffer): { ascent: number; descent: number } {
  const tables = new Map<string, number>();
  const count = data.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    tables.set(data.toString("latin1", record, record + 4), data.readUInt32BE(record + 8));
  }
  const head = tables.get("head");
  const hhea = tables.get("hhea");
  if (head === undefined || hhea === undefined) throw new Error("Not a TrueType/OpenType font: no head or hhea table");
  const unitsPerEm = data.readUInt16BE(head + 18);
  return { ascent: data.readInt16BE(hhea + 4) / unitsPerEm, descent: -data.readInt16BE(hhea + 6) / unitsPerEm };
}
