"use client";

import { Button } from "@/components/ui/button";

/** The browser's print dialog prints the page, or saves it as a PDF. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" onClick={() => window.print()} className="no-print">
      {label}
    </Button>
  );
}
