import type { RecallDistribution } from "@/lib/teaching/class-analytics";
import { plural } from "@/lib/teaching/plural";

const GROUPS = [
  { key: "below50", label: "Below 50%" },
  { key: "from50to80", label: "50–80%" },
  { key: "atLeast80", label: "80% or more" },
] as const;

/**
 * Students per band of predicted recall, as three labelled horizontal bars (the shared vertical
 * BarChart labels only every fifth bar), followed by the same figures as a table.
 */
export function RecallDistributionChart({ distribution }: { distribution: RecallDistribution }) {
  const max = Math.max(1, ...GROUPS.map((g) => distribution[g.key]));
  const [width, row, labelWidth, valueWidth] = [400, 34, 110, 90];
  const span = width - labelWidth - valueWidth;
  const summary = GROUPS.map((g) => `${g.label}: ${plural(distribution[g.key], "student")}`).join(
    ", ",
  );
  return (
    <>
      <figure className="chart">
        <svg
          viewBox={`0 0 ${width} ${row * GROUPS.length}`}
          className="chart-wide recall-chart"
          role="img"
          aria-label={`Students by predicted recall. ${summary}.`}
        >
          {GROUPS.map((g, i) => {
            const value = distribution[g.key];
            const barWidth = (span * value) / max;
            const y = i * row;
            return (
              <g key={g.key}>
                <text x={0} y={y + row / 2 + 5} className="recall-chart-label">
                  {g.label}
                </text>
                <rect
                  x={labelWidth}
                  y={y + 6}
                  width={Math.max(value > 0 ? 2 : 0, barWidth)}
                  height={row - 12}
                  rx={3}
                  className={`bar recall-bar-${g.key}`}
                />
                <text
                  x={labelWidth + barWidth + 8}
                  y={y + row / 2 + 5}
                  className="recall-chart-label"
                >
                  {plural(value, "student")}
                </text>
              </g>
            );
          })}
        </svg>
      </figure>
      <details>
        <summary>Table</summary>
        <table className="data-table">
          <caption>Students by predicted recall</caption>
          <thead>
            <tr>
              <th scope="col">Predicted recall</th>
              <th scope="col">Students</th>
            </tr>
          </thead>
          <tbody>
            {GROUPS.map((g) => (
              <tr key={g.key}>
                <th scope="row">{g.label}</th>
                <td data-testid={`recall-${g.key}`}>{distribution[g.key]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
