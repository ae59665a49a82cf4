export interface Bar {
  key: string;
  label: string;
  value: number;
  /** Shown in the tooltip and the table, e.g. "12 due (3 overdue)". */
  description: string;
}

/** A simple vertical bar chart as server-rendered SVG; the caller renders the table alternative. */
export function BarChart({ bars, label }: { bars: Bar[]; label: string }) {
  const width = 600;
  const height = 140;
  const bottom = 18;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = width / Math.max(1, bars.length);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} className="chart-wide" role="img" aria-label={label}>
        {bars.map((bar, i) => {
          const h = ((height - bottom - 4) * bar.value) / max;
          return (
            <g key={bar.key}>
              <rect
                x={i * slot + 1}
                y={height - bottom - h}
                width={Math.max(1, slot - 2)}
                height={h}
                rx={2}
                className="bar"
              >
                <title>{`${bar.label}: ${bar.description}`}</title>
              </rect>
              {i % 5 === 0 && (
                <text x={i * slot} y={height - 4} className="chart-label">
                  {bar.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
