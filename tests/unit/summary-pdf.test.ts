import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compareRatings } from "@/lib/conversation/compare";
import { isolate } from "@/lib/conversation/pdf-text";
import { renderSummaryPdf, type SummaryWords } from "@/lib/conversation/summary-pdf";
import type { ConversationComparison, ComparedItem } from "@/lib/data/conversation-comparison";

// Renders the take-home summary in Arabic, Ukrainian, Dutch and Turkish and checks it the way a
// reader's tools see it: Debian's poppler-utils (tests/support/install-system-deps.sh) list the
// fonts, extract the text and draw page 1 as a PNG, kept in a temp folder to look at.

interface Sample {
  locale: string;
  /** How the route formats dates for this language; ar-EG writes Arabic-Indic digits. */
  dateLocale: string;
  words: Omit<SummaryWords, "rating" | "gap" | "agreement"> & {
    scale: string[];
    noRating: string;
    highlights: { apart: string; close: string; sharedStrength: string };
    owners: Record<"PARENT" | "PROFESSIONAL" | "TOGETHER", string>;
    due: (date: string) => string;
  };
  familyLabel: string;
  item: { title: string; parentComment: string; professionalComment: string; note: string };
  agreement: string;
}

const samples: Sample[] = [
  {
    locale: "ar",
    dateLocale: "ar-EG",
    familyLabel: "Fam. J.",
    words: {
      title: "ملخص حديثنا",
      meta: "{family} · المرحلة الرئيسية · 12 مايو 2026",
      ratingsTitle: "هكذا نرى تعاوننا",
      parent: "ولي الأمر", professional: "المختص", note: "ملاحظة", noRating: "لا توجد إجابة",
      scale: ["أبداً", "نادراً", "أحياناً", "غالباً", "دائماً"],
      highlights: { apart: "فرق كبير", close: "متقارب", sharedStrength: "قوة مشتركة" },
      agreementsTitle: "الاتفاقات", noAgreements: "لا توجد اتفاقات بعد.", due: (date) => `حتى ${date}`,
      owners: { PARENT: "ولي الأمر", PROFESSIONAL: "المختص", TOGETHER: "معاً" },
      appointmentTitle: "الموعد القادم", appointment: "الثلاثاء 2 يونيو 2026 الساعة 14:30 · Basisschool De Linde",
    },
    item: {
      title: "نتحدث مع بعضنا بانتظام", parentComment: "نتحدث كل أسبوع عند الباب",
      professionalComment: "Gaat goed, 3 keer per week (kort).", note: "سنتحدث مرة أخرى بعد العطلة",
    },
    agreement: "نقرأ كتاباً معاً كل مساء",
  },
  {
    locale: "uk",
    dateLocale: "uk",
    familyLabel: "Сім'я К.",
    words: {
      title: "Підсумок нашої розмови",
      meta: "{family} · основний етап · 12 травня 2026 р.",
      ratingsTitle: "Як ми бачимо нашу співпрацю",
      parent: "Батьки", professional: "Фахівець", note: "Нотатка", noRating: "Немає відповіді",
      scale: ["ніколи", "рідко", "іноді", "часто", "завжди"],
      highlights: { apart: "Велика різниця", close: "Майже однаково", sharedStrength: "Спільна сила" },
      agreementsTitle: "Домовленості", noAgreements: "Ще немає домовленостей.", due: (date) => `до ${date}`,
      owners: { PARENT: "батьки", PROFESSIONAL: "фахівець", TOGETHER: "разом" },
      appointmentTitle: "Наступна зустріч", appointment: "вівторок, 2 червня 2026 р. о 14:30",
    },
    item: {
      title: "Ми регулярно розмовляємо", parentComment: "Ми говоримо щотижня біля дверей ґанку",
      professionalComment: "Їжа та сон: усе добре", note: "Поговоримо знову після канікул",
    },
    agreement: "Мама читає з дитиною щовечора",
  },
  {
    locale: "nl",
    dateLocale: "nl",
    familyLabel: "Fam. J.",
    words: {
      title: "Samenvatting van ons gesprek",
      meta: "{family} · hoofdtraject · 12 mei 2026",
      ratingsTitle: "Zo kijken we naar onze samenwerking",
      parent: "Ouder", professional: "Professional", note: "Notitie", noRating: "Geen antwoord",
      scale: ["nooit", "soms niet", "soms", "vaak", "altijd"],
      highlights: { apart: "Jullie zien dit anders", close: "Bijna hetzelfde", sharedStrength: "Gedeelde kracht" },
      agreementsTitle: "Afspraken", noAgreements: "Nog geen afspraken.", due: (date) => `klaar op ${date}`,
      owners: { PARENT: "ouder", PROFESSIONAL: "professional", TOGETHER: "samen" },
      appointmentTitle: "Volgende afspraak", appointment: "dinsdag 2 juni 2026 om 14:30 · Basisschool De Linde",
    },
    item: {
      title: "We praten regelmatig met elkaar", parentComment: "Elke week bij de deur, café-gesprekjes",
      professionalComment: "Gaat goed, 3 keer per week (kort).", note: "Na de vakantie opnieuw bespreken",
    },
    agreement: "Moeder leest elke avond voor",
  },
  {
    locale: "tr",
    dateLocale: "tr",
    familyLabel: "Aile Ş.",
    words: {
      title: "Görüşmemizin özeti",
      meta: "{family} · ana aşama · 12 Mayıs 2026",
      ratingsTitle: "İşbirliğimize böyle bakıyoruz",
      parent: "Ebeveyn", professional: "Öğretmen", note: "Not", noRating: "Yanıt yok",
      scale: ["hiç", "nadiren", "bazen", "sık sık", "her zaman"],
      highlights: { apart: "Büyük fark", close: "Neredeyse aynı", sharedStrength: "Ortak güç" },
      agreementsTitle: "Anlaşmalar", noAgreements: "Henüz anlaşma yok.", due: (date) => `son tarih ${date}`,
      owners: { PARENT: "ebeveyn", PROFESSIONAL: "öğretmen", TOGETHER: "birlikte" },
      appointmentTitle: "Sonraki görüşme", appointment: "2 Haziran 2026 Salı, saat 14:30",
    },
    item: {
      title: "Düzenli olarak konuşuyoruz", parentComment: "Her hafta kapıda kısa bir sohbet, çok güzel",
      professionalComment: "Işıl ile iletişim iyi gidiyor", note: "Tatilden sonra yeniden konuşacağız",
    },
    agreement: "Anne her akşam kitap okuyacak",
  },
];

function comparisonOf(sample: Sample): ConversationComparison {
  const item = (position: number, title: string, parent: number, professional: number, withComments: boolean): ComparedItem => ({
    itemId: `item-${position}`,
    position,
    instrumentName: "12 vragen",
    title,
    statements: { PARENT: { text: title, locale: sample.locale }, PROFESSIONAL: { text: title, locale: sample.locale } },
    ratings: {
      PARENT: { value: parent, comment: withComments ? sample.item.parentComment : "", locale: sample.locale },
      PROFESSIONAL: { value: professional, comment: withComments ? sample.item.professionalComment : "", locale: null },
    },
    comparison: compareRatings(parent, professional),
    note: withComments ? sample.item.note : "",
  });
  const agreement = (id: string, text: string, owner: "PARENT" | "TOGETHER", dueDate: string | null) => ({
    id,
    text,
    owner,
    dueDate,
    status: "OPEN" as const,
    agreedOn: new Date("2026-05-12T10:00:00Z"),
    doneAt: null,
    lookedBackIn: null,
  });
  return {
    id: "conversation-1",
    familyId: "family-1",
    familyLabel: sample.familyLabel,
    phaseName: "",
    status: "REVEALED",
    revealedEarly: false,
    parentLocale: sample.locale as ConversationComparison["parentLocale"],
    consent: true,
    createdAt: new Date("2026-05-12T10:00:00Z"),
    done: { PARENT: true, PROFESSIONAL: true },
    items: [item(0, sample.item.title, 4, 2, true), item(1, sample.words.ratingsTitle, 5, 4, false)],
    prompts: [],
    promptFallbacks: { nl: [], en: [] },
    agreements: [agreement("a1", sample.agreement, "PARENT", "2026-06-01"), agreement("a2", sample.item.note, "TOGETHER", null)],
    earlierOpenAgreements: [],
    appointment: { at: new Date("2026-06-02T12:30:00Z"), place: null },
    canEdit: false,
  };
}

function wordsOf(sample: Sample): SummaryWords {
  const { scale, noRating, highlights, owners, due, ...words } = sample.words;
  return {
    ...words,
    locale: sample.locale,
    // As the route does: the family's label is isolated, so "Fam. J." keeps its full stop in Arabic.
    meta: words.meta.replace("{family}", isolate(sample.familyLabel)),
    rating: (rating) => (!rating ? noRating : rating.value === null ? "?" : `${rating.value} · ${scale[rating.value - 1]}`),
    // The samples' items differ by two points (apart) and by one with both high (close, a shared strength).
    gap: (comparison) => (comparison.highlight === "bigGap" ? highlights.apart : `${highlights.close} · ${highlights.sharedStrength}`),
    agreement: (agreement) => {
      const date = agreement.dueDate && new Intl.DateTimeFormat(sample.dateLocale, { dateStyle: "long" }).format(new Date(`${agreement.dueDate}T12:00:00Z`));
      return [agreement.text, owners[agreement.owner], date ? due(date) : null].filter(Boolean).join(" · ");
    },
  };
}

const dir = mkdtempSync(path.join(os.tmpdir(), "summary-pdf-"));
const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: "utf8" });
const rendered = new Map<string, { fonts: string; text: string; words: Word[]; png: string }>();

beforeAll(async () => {
  for (const sample of samples) {
    const pdf = path.join(dir, `summary-${sample.locale}.pdf`);
    const png = pdf.replace(/\.pdf$/, "");
    writeFileSync(pdf, await renderSummaryPdf(comparisonOf(sample), wordsOf(sample)));
    run("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, png]);
    rendered.set(sample.locale, {
      fonts: run("pdffonts", [pdf]),
      // pdftotext wraps right-to-left stretches in embedding marks (U+202A–U+202E); a reader copies without them.
      text: run("pdftotext", [pdf, "-"]).replace(/[\u202A-\u202E]/g, ""),
      words: wordBoxes(run("pdftotext", ["-bbox", "-f", "1", "-l", "1", pdf, "-"])),
      png: `${png}.png`,
    });
  }
  console.log(`Summary PDFs and page-1 PNGs in ${dir}:\n${[...rendered.values()].map((entry) => entry.png).join("\n")}`);
}, 60_000);

/** pdffonts rows after its two header lines, from the right: emb, sub, uni, object number, generation. */
function fontRows(output: string) {
  return output
    .trim()
    .split("\n")
    .slice(2)
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      const [emb, sub, uni] = columns.slice(-5, -2);
      return { name: columns[0].replace(/^[A-Z]{6}\+/, ""), emb, sub, uni };
    });
}

interface Word {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
}

/** Words of page 1 with their boxes (pdftotext -bbox), in the order and form they are drawn. */
function wordBoxes(html: string): Word[] {
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((match) => ({
    text: match[4],
    xMin: Number(match[1]),
    yMin: Number(match[2]),
    xMax: Number(match[3]),
  }));
}

const margin = 56;
const pageRight = 595.28 - margin;

describe.each(samples.map((sample) => sample.locale))("summary PDF in %s", (locale) => {
  it("embeds its fonts and uses no standard Helvetica", () => {
    const { fonts } = rendered.get(locale)!;
    const rows = fontRows(fonts);
    for (const row of rows) expect(row, fonts).toMatchObject({ emb: "yes", sub: "yes", uni: "yes" });
    expect(fonts).not.toMatch(/Helvetica/);
    // Arabic summaries also use Noto Sans, for Latin names and the brackets Naskh lacks.
    const expected = locale === "ar" ? ["NotoNaskhArabic", "NotoNaskhArabic-Bold", "NotoSans-Bold", "NotoSans-Regular"] : ["NotoSans-Bold", "NotoSans-Regular"];
    expect(rows.map((row) => row.name).sort()).toEqual(expected);
  });

  it("aligns every line to the start side of the language", () => {
    // Words of one line have tops a few points apart (Naskh is taller than Noto Sans, vowel marks
    // sit higher); lines are at least 14 points apart.
    const lines: Word[][] = [];
    for (const word of rendered.get(locale)!.words.toSorted((a, b) => a.yMin - b.yMin)) {
      const line = lines.at(-1);
      if (line && word.yMin - line[0].yMin < 6) line.push(word);
      else lines.push([word]);
    }
    expect(lines.length).toBeGreaterThan(10);
    for (const words of lines) {
      // Agreements are indented by 8 points, on the right in Arabic.
      if (locale === "ar") expect([pageRight, pageRight - 8].map((x) => x.toFixed(1))).toContain(Math.max(...words.map((word) => word.xMax)).toFixed(1));
      else expect([margin, margin + 8].map((x) => x.toFixed(1))).toContain(Math.min(...words.map((word) => word.xMin)).toFixed(1));
    }
  });

  it("draws page 1 as a PNG", () => {
    expect(existsSync(rendered.get(locale)!.png)).toBe(true);
  });
});

describe("extracted text", () => {
  const text = (locale: string) => rendered.get(locale)!.text;

  it("keeps Ukrainian, Turkish and Dutch letters", () => {
    for (const word of ["Підсумок нашої розмови", "співпрацю", "ґанку", "Їжа та сон", "Домовленості", "щовечора", "Сім'я К."]) expect(text("uk")).toContain(word);
    for (const word of ["Görüşmemizin özeti", "İşbirliğimize", "Işıl", "Öğretmen", "Aile Ş."]) expect(text("tr")).toContain(word);
    for (const word of ["Samenvatting van ons gesprek", "café-gesprekjes", "Basisschool De Linde", "1 juni 2026"]) expect(text("nl")).toContain(word);
  });

  it("leads with the agreements and the next appointment, then the ratings", () => {
    const nl = text("nl");
    const order = ["Afspraken", "Moeder leest elke avond voor", "Volgende afspraak", "dinsdag 2 juni 2026", "Zo kijken we naar onze samenwerking", "We praten regelmatig met elkaar"].map((phrase) => nl.indexOf(phrase));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual(order.toSorted((a, b) => a - b));
    // The gap in words beside each item; the prompts are not in the summary.
    expect(nl).toContain("Jullie zien dit anders");
    expect(nl).toContain("Bijna hetzelfde");
  });

  it("gives Arabic back in reading order, with a Dutch comment and Latin name intact", () => {
    // Phrases without the lam-alef ligature or vowel marks come out exactly as written.
    for (const phrase of ["ملخص حديثنا", "هكذا نرى تعاوننا", "نتحدث مع بعضنا بانتظام", "فرق كبير", "نتحدث كل أسبوع عند الباب", "الموعد القادم", "المرحلة الرئيسية"]) {
      expect(text("ar")).toContain(phrase);
    }
    for (const latin of ["Gaat goed, 3 keer per week (kort).", "Basisschool De Linde"]) expect(text("ar")).toContain(latin);
    // The PDF maps a lam-alef ligature to lam then alef, but poppler reverses that pair when it
    // turns the line back to reading order: assert the words with that known swap.
    const popplerLamAlef = (word: string) => word.replace(/ل([اأإآ])/g, "$1ل");
    for (const word of ["الأمر", "ملاحظة", "الاتفاقات"]) expect(text("ar")).toContain(popplerLamAlef(word));
  });

  it("lays Arabic out right to left, with left-to-right islands", () => {
    const words = rendered.get("ar")!.words;
    // -bbox reports each word as drawn, so Arabic words appear with their letters reversed.
    const drawn = (word: string) => words.find((box) => box.text === [...word].reverse().join("") || box.text === word)!;
    const rightOf = (a: string, b: string) => expect(drawn(a).xMin, `${a} right of ${b}`).toBeGreaterThan(drawn(b).xMax);
    rightOf("ملخص", "حديثنا");
    rightOf("J.", "الرئيسية");
    rightOf("الرئيسية", "2026");
    rightOf("keer", "goed,");
    expect(drawn("J.").xMax).toBeCloseTo(pageRight, 1);
    // Arabic-Indic digits of the due date stay in their own order: ٢٠٢٦ is drawn as written.
    expect(words.some((box) => box.text === "٢٠٢٦")).toBe(true);
  });
});
