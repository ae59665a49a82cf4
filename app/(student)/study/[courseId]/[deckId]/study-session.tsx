"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { ReportQuestionButton } from "@/app/components/report-question";
import type { ReviewRating } from "@/lib/scheduling/rating";
import type { AnswerFeedback } from "@/lib/server/study/answer-question";
import type { NextStudyItem } from "@/lib/server/study/study-queue";
import { AnswerInput, initialResponse, isComplete } from "./answer-input";
import {
  forgetAnswer,
  keepAnswer,
  newAnswerId,
  type OutgoingAnswer,
  pendingAnswers,
  sendAnswer,
} from "./answer-outbox";
import { FeedbackPanel, type FeedbackView } from "./feedback-panel";
import { OverrideButton } from "./override-button";

interface StudySessionProps {
  courseId: string;
  deckId: string;
  deckTitle: string;
  mode: "review" | "practice";
  practiceSeed: number;
  initial: NextStudyItem;
}

interface Reveal extends FeedbackView {
  questionId: string;
}

type Phase = "question" | "sending" | "feedback" | "waiting";

interface SessionStats {
  answered: number;
  correct: number;
  startedAt: number;
}

const RATINGS: ReviewRating[] = ["Again", "Hard", "Good", "Easy"];

function useSessionStats(key: string) {
  const [stats, setStats] = useState<SessionStats>({ answered: 0, correct: 0, startedAt: 0 });
  useEffect(() => {
    const saved = sessionStorage.getItem(key);
    setStats(
      saved
        ? (JSON.parse(saved) as SessionStats)
        : { answered: 0, correct: 0, startedAt: Date.now() },
    );
  }, [key]);
  const update = useCallback(
    (change: (s: SessionStats) => SessionStats) =>
      setStats((current) => {
        const next = change(current);
        sessionStorage.setItem(key, JSON.stringify(next));
        return next;
      }),
    [key],
  );
  return [stats, update] as const;
}

function formatDue(iso: string | null): string {
  if (!iso) return "";
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(iso),
  );
}

function minutesSince(start: number): string {
  const seconds = Math.max(0, Math.round((Date.now() - start) / 1000));
  return seconds < 90 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}

/** One question at a time, graded on the server, with feedback, grades, undo and an offline outbox. */
export function StudySession({
  courseId,
  deckId,
  deckTitle,
  mode,
  practiceSeed,
  initial,
}: StudySessionProps) {
  const [item, setItem] = useState<NextStudyItem>(initial);
  const [phase, setPhase] = useState<Phase>("question");
  const [response, setResponse] = useState<unknown>(() =>
    initial.question ? initialResponse(initial.question) : undefined,
  );
  const [feedback, setFeedback] = useState<AnswerFeedback | null>(null);
  const [flashcards, setFlashcards] = useState(false);
  const [reveal, setReveal] = useState<Reveal | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [lastAnswerId, setLastAnswerId] = useState<string | null>(null);
  const [seen, setSeen] = useState<string[]>([]);
  const [stats, setStats] = useSessionStats(`caspian:session:${courseId}:${deckId}:${mode}`);
  const shownAt = useRef(Date.now());
  const nextButton = useRef<HTMLButtonElement>(null);
  const sending = useRef(false);
  /** When the outbox may resend (Date.now() ms): after a 429's or a 503's Retry-After. */
  const retryAt = useRef(0);
  const question = item.question;
  const practice = mode === "practice";

  const show = useCallback((next: NextStudyItem) => {
    setItem(next);
    setResponse(next.question ? initialResponse(next.question) : undefined);
    setFeedback(null);
    setReveal(null);
    setPhase("question");
    shownAt.current = Date.now();
  }, []);

  /** Sends one answer; keeps it in the outbox until the server acknowledges it. */
  const deliver = useCallback(
    async (answer: OutgoingAnswer) => {
      if (sending.current) return;
      sending.current = true;
      setPhase("sending");
      const { decision, body: sent } = await sendAnswer(answer);
      sending.current = false;
      if (decision.action === "retry") {
        retryAt.current = Date.now() + decision.retryAfterMs;
        setPhase("waiting");
        setMessage(decision.message);
        return;
      }
      forgetAnswer(answer.answerId);
      if (decision.action === "drop") {
        setMessage(decision.message);
        setPhase("question");
        return;
      }
      const body = sent as AnswerFeedback;
      setMessage(null);
      setLastAnswerId(body.recorded ? body.answerId : null);
      if (!body.duplicate) {
        setStats((s) => ({
          ...s,
          answered: s.answered + 1,
          correct: s.correct + (body.correct ? 1 : 0),
        }));
      }
      if (answer.mode === "practice") setSeen((s) => [...s, answer.questionId]);
      if (answer.mode === "flashcard") {
        show(body.next);
        return;
      }
      setFeedback(body);
      setPhase("feedback");
    },
    [setStats, show],
  );

  // Feedback takes the focus, so Enter, a screen reader and a keyboard all continue from there.
  useEffect(() => {
    if (phase === "feedback") nextButton.current?.focus();
  }, [phase]);

  // Resend answers left in the outbox (a reload or a dropped connection), and retry while offline.
  useEffect(() => {
    const flush = () => {
      const [first] = pendingAnswers(courseId, deckId);
      if (first) void deliver(first);
    };
    flush();
    const online = () => {
      retryAt.current = 0;
      flush();
    };
    window.addEventListener("online", online);
    const timer = window.setInterval(() => {
      if (Date.now() >= retryAt.current && pendingAnswers(courseId, deckId).length > 0) flush();
    }, 1000);
    return () => {
      window.removeEventListener("online", online);
      window.clearInterval(timer);
    };
  }, [courseId, deckId, deliver]);

  const submit = useCallback(
    (extra: { response?: unknown; rating?: ReviewRating }) => {
      if (!question || phase !== "question") return;
      const answer: OutgoingAnswer = {
        answerId: newAnswerId(),
        courseId,
        deckId,
        questionId: question.id,
        mode: practice ? "practice" : extra.rating ? "flashcard" : "quiz",
        ...extra,
        responseMs: Math.min(Date.now() - shownAt.current, 86_399_999),
        answeredAt: new Date().toISOString(),
        ...(practice ? { practiceSeed, seen } : {}),
      };
      if (!practice) keepAnswer(answer);
      void deliver(answer);
    },
    [question, phase, courseId, deckId, practice, practiceSeed, seen, deliver],
  );

  const next = useCallback(() => {
    if (phase === "feedback" && feedback) show(feedback.next);
  }, [phase, feedback, show]);

  const regrade = useCallback(
    async (rating: ReviewRating) => {
      if (!feedback?.recorded || feedback.rating === rating) return;
      const res = await fetch(`/api/study/answers/${feedback.answerId}`, {
        method: "PATCH",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ rating }),
      }).catch(() => null);
      if (!res?.ok) {
        setMessage("Could not change the grade. Check your connection and try again.");
        return;
      }
      const body = (await res.json()) as { rating: ReviewRating; due: string };
      setFeedback({ ...feedback, rating: body.rating, due: body.due });
    },
    [feedback],
  );

  const undo = useCallback(async () => {
    if (!lastAnswerId || practice) return;
    const res = await fetch(`/api/study/answers/${lastAnswerId}`, { method: "DELETE" }).catch(
      () => null,
    );
    if (!res?.ok) {
      setMessage("Could not undo that answer. Check your connection and try again.");
      return;
    }
    const body = (await res.json()) as { question: NextStudyItem["question"] };
    setLastAnswerId(null);
    setStats((s) => ({
      ...s,
      answered: Math.max(0, s.answered - 1),
      correct: feedback?.correct ? Math.max(0, s.correct - 1) : s.correct,
    }));
    setMessage("Answer undone.");
    show({
      ...item,
      question: body.question,
      kind: "review",
      counts: { ...item.counts, remaining: item.counts.remaining + 1 },
    });
  }, [lastAnswerId, practice, feedback, item, setStats, show]);

  const revealAnswer = useCallback(async () => {
    if (!question || reveal) return;
    const res = await fetch(
      `/api/study/reveal?course=${encodeURIComponent(courseId)}&question=${encodeURIComponent(question.id)}`,
    ).catch(() => null);
    if (!res?.ok) {
      setMessage("Could not show the answer. Check your connection and try again.");
      return;
    }
    const body = (await res.json()) as Omit<Reveal, "correct" | "verdict" | "answerText">;
    setReveal({ ...body, correct: null, verdict: null, answerText: null });
  }, [question, reveal, courseId]);

  // Keyboard: 1–4 choose an option or a grade, Enter checks / goes on, Space reveals, U undoes.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement;
      // Keys typed in a dialog (the report form) are the dialog's.
      if (target.closest("dialog")) return;
      const typing = target.tagName === "INPUT" && (target as HTMLInputElement).type === "text";
      const inControl =
        typing ||
        target.tagName === "SELECT" ||
        target.tagName === "BUTTON" ||
        target.tagName === "A";
      const digit = Number(event.key);
      if (!typing && digit >= 1 && digit <= 4) {
        if (phase === "feedback" && feedback?.grades.length) {
          const rating = RATINGS[digit - 1];
          if (rating && feedback.grades.some((g) => g.rating === rating)) void regrade(rating);
        } else if (phase === "question" && flashcards && reveal) {
          const rating = RATINGS[digit - 1];
          if (rating) submit({ rating });
        } else if (phase === "question" && question?.options) {
          const option = question.options[digit - 1];
          if (option) setResponse(option.id);
        }
        event.preventDefault();
      } else if (
        event.key === "Enter" &&
        !(target.tagName === "BUTTON" || target.tagName === "A")
      ) {
        if (phase === "feedback") next();
        else if (
          phase === "question" &&
          !flashcards &&
          question &&
          isComplete(question, response)
        ) {
          submit({ response });
        }
        event.preventDefault();
      } else if (event.key === " " && !inControl && phase === "question" && flashcards) {
        void revealAnswer();
        event.preventDefault();
      } else if ((event.key === "u" || event.key === "U") && !typing) {
        void undo();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [
    phase,
    feedback,
    flashcards,
    reveal,
    question,
    response,
    regrade,
    submit,
    next,
    revealAnswer,
    undo,
  ]);

  // Swipe left on the feedback to go to the next question.
  const touchStart = useRef<number | null>(null);
  const onTouchStart = (e: React.TouchEvent) => {
    touchStart.current = e.touches[0]?.clientX ?? null;
  };
  const onTouchEnd = (e: React.TouchEvent) => {
    const start = touchStart.current;
    const end = e.changedTouches[0]?.clientX;
    touchStart.current = null;
    if (start !== null && end !== undefined && start - end > 80) next();
  };

  const total = stats.answered + item.counts.remaining;
  const progressLabel = `${stats.answered} of ${total} answered`;

  if (!question && phase !== "feedback" && phase !== "waiting") {
    return (
      <section className="study done" aria-labelledby="done-title">
        <h1 id="done-title">{practice ? "Practice complete" : "Done for today"}</h1>
        <p className="lead">
          {practice
            ? "You have practised every question of this deck. Practice never changes your schedule."
            : item.nextDueAt
              ? `Your next review is due ${formatDue(item.nextDueAt)}.`
              : "Nothing else is due in this deck."}
        </p>
        {stats.answered > 0 && (
          <dl className="stats-row" aria-label="Session summary">
            <div>
              <dt>Answered</dt>
              <dd data-testid="summary-answered">{stats.answered}</dd>
            </div>
            <div>
              <dt>Correct</dt>
              <dd>{stats.correct}</dd>
            </div>
            <div>
              <dt>Time</dt>
              <dd>{minutesSince(stats.startedAt)}</dd>
            </div>
          </dl>
        )}
        <div className="actions">
          {!practice && (
            <Link
              href={`/study/${courseId}/${deckId}?mode=practice`}
              className="button button-primary"
            >
              Practise anyway
            </Link>
          )}
          <Link href={`/courses/${courseId}`} className="button">
            Back to decks
          </Link>
        </div>
      </section>
    );
  }

  return (
    <section
      className="study"
      aria-labelledby="study-title"
      onTouchStart={onTouchStart}
      onTouchEnd={onTouchEnd}
    >
      <header className="study-header">
        <h1 id="study-title" className="study-deck">
          {deckTitle}
          {practice && <span className="role-badge">practice</span>}
        </h1>
        {lastAnswerId && phase === "question" && (
          <button type="button" className="button button-quiet" onClick={() => void undo()}>
            Undo last answer
          </button>
        )}
        <label className="switch">
          <input
            type="checkbox"
            checked={flashcards}
            onChange={(e) => {
              setFlashcards(e.target.checked);
              setReveal(null);
            }}
          />
          Flashcards
        </label>
      </header>
      <div className="progress">
        <progress max={Math.max(total, 1)} value={stats.answered} aria-label={progressLabel} />
        <span className="muted">{progressLabel}</span>
      </div>
      {message && (
        <p
          role={phase === "waiting" ? "status" : "alert"}
          className={`alert ${phase === "waiting" ? "alert-info" : "alert-error"}`}
        >
          {message}
        </p>
      )}

      {question && phase !== "feedback" && (
        <form
          className="question stack"
          onSubmit={(event) => {
            event.preventDefault();
            if (!flashcards && isComplete(question, response)) submit({ response });
          }}
        >
          <p className="question-meta muted">
            {item.kind === "new" ? "New" : item.kind === "practice" ? "Practice" : "Review"} ·{" "}
            {question.type.replace(/-/g, " ")}
          </p>
          {question.attribution && <p className="attribution">{question.attribution}</p>}
          <h2 className="prompt">{question.prompt}</h2>
          {flashcards ? (
            <div className="stack">
              {question.options && (
                <ul className="flash-options">
                  {question.options.map((o) => (
                    <li key={o.id}>{o.text}</li>
                  ))}
                </ul>
              )}
              {reveal ? (
                <>
                  <FeedbackPanel
                    feedback={reveal}
                    tools={
                      <ReportQuestionButton
                        key={question.id}
                        courseId={courseId}
                        questionId={question.id}
                      />
                    }
                  />
                  <fieldset className="grades">
                    <legend>How well did you know it?</legend>
                    {RATINGS.map((rating, i) => (
                      <button
                        key={rating}
                        type="button"
                        className="button"
                        disabled={phase !== "question"}
                        onClick={() => submit({ rating })}
                      >
                        <span className="option-key" aria-hidden="true">
                          {i + 1}
                        </span>{" "}
                        {rating}
                      </button>
                    ))}
                  </fieldset>
                </>
              ) : (
                <button
                  type="button"
                  className="button button-primary button-wide"
                  onClick={() => void revealAnswer()}
                >
                  Show answer
                </button>
              )}
            </div>
          ) : (
            <>
              <AnswerInput
                question={question}
                response={response}
                onChange={setResponse}
                disabled={phase !== "question"}
              />
              <div className="thumb-bar">
                <button
                  type="submit"
                  className="button button-primary button-wide"
                  disabled={phase !== "question" || !isComplete(question, response)}
                >
                  {phase === "sending"
                    ? "Checking…"
                    : phase === "waiting"
                      ? "Waiting for connection…"
                      : "Check"}
                </button>
              </div>
            </>
          )}
        </form>
      )}

      {phase === "feedback" && feedback && (
        <div className="stack">
          <FeedbackPanel
            feedback={feedback}
            tools={
              question && (
                <>
                  {feedback.recorded && !feedback.correct && question.type === "typed" && (
                    <OverrideButton
                      key={`override-${feedback.answerId}`}
                      answerId={feedback.answerId}
                      onOverridden={({ rating, due }) =>
                        setFeedback((f) =>
                          f && f.answerId === feedback.answerId ? { ...f, rating, due } : f,
                        )
                      }
                    />
                  )}
                  <ReportQuestionButton
                    key={`report-${feedback.answerId}`}
                    courseId={courseId}
                    questionId={question.id}
                  />
                </>
              )
            }
          >
            {feedback.recorded && feedback.grades.length > 0 && (
              <fieldset className="grades">
                <legend>Grade {feedback.correct ? "(change if it was hard or easy)" : ""}</legend>
                {feedback.grades
                  .filter((g) => feedback.correct || g.rating === "Again")
                  .map((grade) => (
                    <button
                      key={grade.rating}
                      type="button"
                      className="button"
                      aria-pressed={feedback.rating === grade.rating}
                      onClick={() => void regrade(grade.rating)}
                    >
                      <span className="option-key" aria-hidden="true">
                        {RATINGS.indexOf(grade.rating) + 1}
                      </span>{" "}
                      {grade.rating} · {grade.interval}
                    </button>
                  ))}
              </fieldset>
            )}
          </FeedbackPanel>
          {feedback.due && <p className="muted">Comes back {formatDue(feedback.due)}.</p>}
          <div className="thumb-bar actions">
            {lastAnswerId && (
              <button type="button" className="button" onClick={() => void undo()}>
                Undo
              </button>
            )}
            <button
              type="button"
              className="button button-primary button-wide"
              onClick={next}
              ref={nextButton}
            >
              Next
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
