import type { ReviewHeatmap } from "@/lib/progress";

const CELL = 12;
const GAP = 3;
const WEEKDAY_LABELS = ["Mon", "", "Wed", "", "Fri", "", ""];

/** Reviews per day as a calendar heatmap (server-rendered SVG), with its numbers for screen readers. */
export function Heatmap({ heatmap }: { heatmap: ReviewHeatmap }) {
  const left = 28;
  const top = 16;
  const width = left + heatmap.weeks.length * (CELL + GAP);
  const height = top + 7 * (CELL + GAP);
  const activeDays = heatmap.weeks.flat().filter((cell) => cell && cell.count > 0).length;
  return (
    <figure className="chart">
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: on a narrow phone the 26 weeks scroll sideways, and a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
      <section className="chart-scroll" tabIndex={0} aria-label="Reviews per day, scrolls sideways">
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          role="img"
          aria-label={`Reviews per day from ${heatmap.from} to ${heatmap.to}: ${activeDays} days with reviews.`}
        >
          {heatmap.months.map((m) => (
            <text
              key={m.month}
              x={left + m.weekIndex * (CELL + GAP)}
              y={10}
              className="chart-label"
            >
              {m.label}
            </text>
          ))}
          {WEEKDAY_LABELS.map((label, row) =>
            label ? (
              <text
                key={label}
                x={0}
                y={top + row * (CELL + GAP) + CELL - 2}
                className="chart-label"
              >
                {label}
              </text>
            ) : null,
          )}
          {heatmap.weeks.map((week, column) =>
            week.map((cell, row) =>
              cell ? (
                <rect
                  key={cell.day}
                  x={left + column * (CELL + GAP)}
                  y={top + row * (CELL + GAP)}
                  width={CELL}
                  height={CELL}
                  rx={2}
                  className={`heat heat-${cell.level}`}
                >
                  <title>{`${cell.day}: ${cell.count} review${cell.count === 1 ? "" : "s"}`}</title>
                </rect>
              ) : null,
            ),
          )}
        </svg>
      </section>
    </figure>
  );
}
