import { PARTNERSHIPS, PHASE_KEYS, PRAATPLAAT, TWELVE_QUESTIONS } from "@/lib/domain";
import type { ContentStructure } from "./types";

// Keys are English and stable; the wording lives in the locale files beside this one.
export const contentStructure: ContentStructure = {
  instruments: [
    {
      key: TWELVE_QUESTIONS,
      clusters: [],
      promptKeys: [],
      items: [
        "feel-important",
        "safe-to-learn",
        "share-knowledge",
        "listen-without-judgement",
        "time-to-understand",
        "take-me-seriously",
        "respect-my-expertise",
        "show-yourself",
        "take-initiative",
        "see-what-i-do-well",
        "know-what-will-happen",
        "remind-me-of-appointments",
      ].map((key) => ({ key, kind: "QUESTION" as const })),
    },
    {
      key: PRAATPLAAT,
      clusters: [],
      promptKeys: ["how-is-it-for-us", "how-could-it-be-better", "what-are-we-good-at", "what-helps-us", "next-steps"],
      items: [
        // A quote that stands right before its theme's title in the OCR and says what the theme says
        // counts as placed by the source; every other placement is ours, and marked.
        { key: "think-from-the-child", kind: "THEME" },
        { key: "think-in-possibilities", kind: "THEME" },
        { key: "connect-with-parents", kind: "THEME" },
        { key: "involve-children", kind: "THEME" },
        // The quote is split in two around this title and the next one in the OCR.
        { key: "recognise-parents-expertise", kind: "THEME", quotePlacementReconstructed: true },
        // The quote follows this theme's text; it could as well belong to "Sta dichtbij".
        { key: "support-parents", kind: "THEME", quotePlacementReconstructed: true },
        // The quote stands right before this title in the OCR, but its words fit "Denk vanuit het kind" as well.
        { key: "work-together-for-results", kind: "THEME", quotePlacementReconstructed: true },
        // The quote follows this theme's text and stands before the next title.
        { key: "stay-close", kind: "THEME", quotePlacementReconstructed: true },
        // Placed by its words ("de toon"), which echo the theme's text; the OCR puts it elsewhere.
        { key: "positive-attitude", kind: "THEME", quotePlacementReconstructed: true },
        // Title and quote are both ours: the title is garbled, the quote stands apart from the text.
        { key: "agree-on-shared-goal", kind: "THEME", reconstructed: true, quotePlacementReconstructed: true },
        { key: "own-theme", kind: "OPEN_THEME" },
      ],
    },
    {
      key: PARTNERSHIPS,
      clusters: [{ key: "educational" }, { key: "parent-participation" }, { key: "active-citizenship" }],
      promptKeys: [],
      items: [
        { key: "pedagogical", kind: "PARTNERSHIP", clusterKey: "educational" },
        { key: "didactic", kind: "PARTNERSHIP", clusterKey: "educational" },
        { key: "formal", kind: "PARTNERSHIP", clusterKey: "parent-participation" },
        { key: "informal", kind: "PARTNERSHIP", clusterKey: "parent-participation" },
        { key: "societal", kind: "PARTNERSHIP", clusterKey: "active-citizenship" },
      ],
    },
  ],
  phaseKeys: PHASE_KEYS,
  practiceTipKeys: [
    "know-your-parents",
    "discuss-expectations",
    "dare-to-be-vulnerable",
    "be-approachable",
    "make-parents-welcome",
    "trust-is-the-basis",
    "methods-are-no-straitjacket",
    "serve-parent-child-bond",
    "connect-parents",
    "no-role-for-the-neighbour",
    "parents-know-their-child",
    "short-term-results",
    "focus-on-the-positive",
  ],
};
