"use client";

import { useFormatter } from "next-intl";
import { Card } from "@/components/ui/card";
import { ONE_DECIMAL } from "@/lib/i18n/number-formats";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

// Pictures of the tables beside them, for reading at a glance. The tables stay the accessible
// source: each chart is one image with a name, and its parts are hidden from screen readers.
// No animation: nothing moves for people who get dizzy from motion, and a printout is complete.

const PARENT = "#8a4b12";
const PROFESSIONAL = "#0f5f5c";

/** The tooltip says "3,4" in Dutch, as the table beside it does. */
function useAverageText() {
  const format = useFormatter();
  return (value: unknown) => (typeof value === "number" ? format.number(value, ONE_DECIMAL) : String(value ?? ""));
}

// A long statement wraps inside the chart, and the card clips a tooltip on its way (it slides in
// from where it was): on a phone a tooltip past the edge once made the whole page wider.
const TOOLTIP_FRAME = { maxWidth: "100%" };
const TOOLTIP_TEXT = { whiteSpace: "normal" } as const;

export interface ChartRow {
  label: string;
  parents: number | null;
  professionals: number | null;
}

export function SideBySideBars({ rows, name, parentsLabel, professionalsLabel }: { rows: ChartRow[]; name: string; parentsLabel: string; professionalsLabel: string }) {
  const averageText = useAverageText();
  return (
    <Card as="figure" role="img" aria-label={name} padding="xs" className="h-80 w-full break-inside-avoid overflow-hidden">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 5]} ticks={[1, 2, 3, 4, 5]} />
          <YAxis type="category" dataKey="label" width={180} tick={{ fontSize: 12 }} />
          <Tooltip formatter={averageText} wrapperStyle={TOOLTIP_FRAME} contentStyle={TOOLTIP_TEXT} />
          <Legend />
          <Bar dataKey="parents" name={parentsLabel} fill={PARENT} isAnimationActive={false} />
          <Bar dataKey="professionals" name={professionalsLabel} fill={PROFESSIONAL} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </Card>
  );
}

export function TrendLines({ rows, name, parentsLabel, professionalsLabel }: { rows: ChartRow[]; name: string; parentsLabel: string; professionalsLabel: string }) {
  const averageText = useAverageText();
  return (
    <Card as="figure" role="img" aria-label={name} padding="xs" className="h-72 w-full break-inside-avoid overflow-hidden">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ left: 0, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} />
          <Tooltip formatter={averageText} wrapperStyle={TOOLTIP_FRAME} contentStyle={TOOLTIP_TEXT} />
          <Legend />
          {/* Dashed versus solid: the two lines differ in more than colour. */}
          <Line dataKey="parents" name={parentsLabel} stroke={PARENT} strokeWidth={3} strokeDasharray="6 4" connectNulls={false} isAnimationActive={false} />
          <Line dataKey="professionals" name={professionalsLabel} stroke={PROFESSIONAL} strokeWidth={3} connectNulls={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </Card>
  );
}
