// A face per scale point, so the scale can be read without reading words. The mouth curves from
// sad (1) to happy (5); shape, not colour, carries the meaning.
const MOUTHS: Record<number, string> = {
  1: "M11 25 Q18 18 25 25",
  2: "M12 24 Q18 21 24 24",
  3: "M12 23 L24 23",
  4: "M12 22 Q18 26 24 22",
  5: "M11 21 Q18 29 25 21",
};

export function Face({ value, className = "size-10" }: { value: number | null; className?: string }) {
  return (
    <svg viewBox="0 0 36 36" aria-hidden="true" className={className}>
      <circle cx="18" cy="18" r="16" fill="currentColor" opacity="0.12" stroke="currentColor" strokeWidth="2" />
      {value === null ? (
        <text x="18" y="24" textAnchor="middle" fontSize="16" fontWeight="700" fill="currentColor">
          ?
        </text>
      ) : (
        <>
          <circle cx="13" cy="14" r="2" fill="currentColor" />
          <circle cx="23" cy="14" r="2" fill="currentColor" />
          <path d={MOUTHS[value]} fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
        </>
      )}
    </svg>
  );
}
