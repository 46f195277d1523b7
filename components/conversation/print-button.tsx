"use client";

/** The browser's print dialog prints the page, or saves it as a PDF. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="no-print min-h-12 rounded-full border-2 border-teal-700 px-6 text-lg font-semibold text-teal-700">
      {label}
    </button>
  );
}
