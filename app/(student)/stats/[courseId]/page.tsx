import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { type Bar, BarChart } from "@/app/components/charts/bar-chart";
import { Heatmap } from "@/app/components/charts/heatmap";
import { Meter } from "@/app/components/charts/meter";
import { getCourse } from "@/lib/server/courses";
import { getStatistics } from "@/lib/server/progress/student-progress";
import { requireRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Statistics" };

const percent = (value: number | null) =>
  value === null ? "no data" : `${Math.round(value * 100)}%`;
const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

export default async function StatisticsPage({
  params,
  searchParams,
}: {
  params: Promise<{ courseId: string }>;
  searchParams: Promise<{ exam?: string }>;
}) {
  const { courseId } = await params;
  const { exam } = await searchParams;
  const user = await requireRole("student", `/stats/${courseId}`);
  const loaded = getCourse(courseId);
  if (!loaded) notFound();
  const examDay = exam && DAY_KEY.test(exam) ? exam : undefined;
  const stats = await getStatistics({ userId: user.id, courseId, now: new Date(), examDay });
  const themeLabel = new Map(loaded.course.themes.map((t) => [t.id, t.label]));
  const deckTitle = new Map(loaded.decks.map((d) => [d.id, d.title]));
  const forecastBars: Bar[] = stats.forecast.bars.map((bar) => ({
    key: bar.day,
    label: bar.day.slice(5),
    value: bar.count,
    description: `${bar.count} due${bar.overdue ? ` (${bar.overdue} overdue)` : ""}`,
  }));
  const mainDecks = stats.retention.decks.filter((d) => d.last30.all.total > 0);

  return (
    <>
      <h1>Statistics</h1>
      <p className="lead">{loaded.course.title}</p>

      <section aria-labelledby="activity">
        <h2 id="activity">Activity</h2>
        <dl className="stats-row">
          <div>
            <dt>Current streak</dt>
            <dd data-testid="streak">{stats.streak.current} d</dd>
          </div>
          <div>
            <dt>Longest streak</dt>
            <dd>{stats.streak.longest} d</dd>
          </div>
          <div>
            <dt>Reviews in all</dt>
            <dd data-testid="total-reviews">{stats.totalReviews}</dd>
          </div>
        </dl>
        <Heatmap heatmap={stats.heatmap} />
      </section>

      <section aria-labelledby="forecast">
        <h2 id="forecast">Due in the next 30 days</h2>
        <BarChart
          bars={forecastBars}
          label={`Reviews due per day for 30 days: ${stats.forecast.total} in all.`}
        />
        <details>
          <summary>Table</summary>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Due</th>
              </tr>
            </thead>
            <tbody>
              {stats.forecast.bars
                .filter((b) => b.count > 0)
                .map((b) => (
                  <tr key={b.day}>
                    <td>{b.day}</td>
                    <td>
                      {b.count}
                      {b.overdue ? ` (${b.overdue} overdue)` : ""}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </details>
      </section>

      <section aria-labelledby="retention">
        <h2 id="retention">Retention</h2>
        <p className="muted">
          True retention counts answers to questions you had already learned (in long-term review);
          “all answers” includes new and relearning ones.
        </p>
        <div className="meters">
          {(
            [
              ["True retention, 7 days", stats.retention.overall.last7.mature],
              ["True retention, 30 days", stats.retention.overall.last30.mature],
              ["All answers, 7 days", stats.retention.overall.last7.all],
              ["All answers, 30 days", stats.retention.overall.last30.all],
            ] as const
          ).map(([label, rate]) => (
            <Meter
              key={label}
              label={label}
              value={rate.rate}
              detail={`${rate.correct} of ${rate.total}`}
            />
          ))}
        </div>
        {mainDecks.length > 0 && (
          <table className="data-table">
            <caption>Per deck (answers in the last 30 days)</caption>
            <thead>
              <tr>
                <th scope="col">Deck</th>
                <th scope="col">True, 7 d</th>
                <th scope="col">True, 30 d</th>
                <th scope="col">All, 30 d</th>
              </tr>
            </thead>
            <tbody>
              {mainDecks.map((d) => (
                <tr key={d.deckId}>
                  <th scope="row">{deckTitle.get(d.deckId) ?? d.deckId}</th>
                  <td>{percent(d.last7.mature.rate)}</td>
                  <td>{percent(d.last30.mature.rate)}</td>
                  <td>{percent(d.last30.all.rate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="mastery">
        <h2 id="mastery">Mastery</h2>
        <p className="muted">
          Share of questions you would recall now with at least 90% probability.
        </p>
        <h3>By theme</h3>
        <div className="meters">
          {stats.mastery.byTheme.map((g) => (
            <Meter
              key={g.key}
              label={themeLabel.get(g.key) ?? g.key}
              value={g.masteredShare}
              detail={`${g.mastered} mastered · ${g.new} new · ${g.total} questions`}
            />
          ))}
        </div>
        <h3>By decade</h3>
        <div className="meters">
          {stats.mastery.byDecade.map((g) => (
            <Meter
              key={g.key}
              label={g.key}
              value={g.masteredShare}
              detail={`${g.mastered} mastered · ${g.new} new · ${g.total} questions`}
            />
          ))}
        </div>
      </section>

      <section aria-labelledby="hardest">
        <h2 id="hardest">Hardest facts</h2>
        {stats.hardest.length === 0 ? (
          <p className="muted">No forgotten facts yet.</p>
        ) : (
          <ol className="hardest">
            {stats.hardest.map((fact) => {
              const first = fact.questionIds[0];
              const question = first ? loaded.questionsById.get(first) : undefined;
              return (
                <li key={fact.factId}>
                  <Link href={`/stats/${courseId}/questions/${first}`}>
                    {question?.prompt ?? fact.factId}
                  </Link>{" "}
                  <span className="muted">
                    · forgotten {fact.lapses}× · {fact.questionIds.length} question
                    {fact.questionIds.length === 1 ? "" : "s"}
                  </span>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      {stats.retired.length > 0 && (
        <section aria-labelledby="retired">
          <h2 id="retired">Retired questions</h2>
          <p className="muted">
            Questions you answered that the course no longer asks (its questions were rewritten).
            They are out of your queues; your answers to them stay in your history.
          </p>
          <ul className="hardest">
            {stats.retired.map((r) => (
              <li key={r.questionId}>
                <Link href={`/stats/${courseId}/questions/${r.questionId}`}>{r.prompt}</Link>{" "}
                <span className="retired-badge">retired</span>{" "}
                <span className="muted">
                  · {r.reps} answer{r.reps === 1 ? "" : "s"} · forgotten {r.lapses}×
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="exam">
        <h2 id="exam">Exam planner</h2>
        <form className="exam-form" method="get">
          <div className="field">
            <label htmlFor="exam-day">Exam date</label>
            <input
              id="exam-day"
              name="exam"
              type="date"
              defaultValue={examDay}
              min={stats.today}
              required
            />
          </div>
          <button type="submit" className="button button-primary">
            Plan
          </button>
        </form>
        {stats.exam && (
          <table className="data-table">
            <caption>
              Predicted recall on {examDay} if you stop reviewing, and what it takes to reach 90%
            </caption>
            <thead>
              <tr>
                <th scope="col">Deck</th>
                <th scope="col">Predicted recall</th>
                <th scope="col">Reviews a day to reach 90%</th>
              </tr>
            </thead>
            <tbody>
              {stats.exam.map((plan) =>
                plan.status === "past" ? null : (
                  <tr key={plan.deckId}>
                    <th scope="row">{deckTitle.get(plan.deckId) ?? plan.deckId}</th>
                    <td>{percent(plan.predictedRecall)}</td>
                    <td>
                      {plan.status === "today"
                        ? "exam is today"
                        : plan.onTrack
                          ? "on track"
                          : `${plan.reviewsPerDay} (${plan.reviewsNeeded} in ${plan.daysLeft} d)`}
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
