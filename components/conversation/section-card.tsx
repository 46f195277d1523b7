import type { ReactNode } from "react";
import { TitledSection } from "@/components/ui/titled-section";

export function SectionCard({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <TitledSection id={id} title={title} card className="space-y-4">
      {children}
    </TitledSection>
  );
}
