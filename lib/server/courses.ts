import "server-only";
import { contentDir } from "@/lib/content/content-dir";
import { listCourses, loadCourse } from "@/lib/content/load-course";
import type { Course } from "@/lib/content/types";
import { readSuccessorFiles } from "@/lib/db/question-successors";
import { builtInDecks, type Deck } from "@/lib/decks/built-in-decks";
import { generateQuestionBank } from "@/lib/questions";
import { QUESTION_BANK_SEED } from "@/lib/questions/bank-seed";
import type { Question } from "@/lib/questions/types";

export interface LoadedCourse {
  course: Course;
  questions: Question[];
  questionsById: ReadonlyMap<string, Question>;
  decks: Deck[];
  decksById: ReadonlyMap<string, Deck>;
  /**
   * Old question id → the question of this bank that carries its progress on (the course's
   * successor files, chained). History shows an old id still on a card through it.
   */
  successorOf: ReadonlyMap<string, string>;
}

const cache = globalThis as unknown as { caspianCourses?: Map<string, LoadedCourse> };

/**
 * Every course under `content/`, loaded, validated and turned into its question bank once per
 * process. Quotes were verified by `content:check` and by `npm start` before the server started, so
 * the server does not read the source texts again. An invalid course throws `CourseValidationError`.
 */
export function allCourses(): ReadonlyMap<string, LoadedCourse> {
  if (!cache.caspianCourses) {
    const courses = new Map<string, LoadedCourse>();
    const successorFiles = readSuccessorFiles(contentDir());
    for (const dir of listCourses(contentDir())) {
      const course = loadCourse(dir, { verifyQuotes: false });
      const questions = generateQuestionBank(course, { seed: QUESTION_BANK_SEED });
      const decks = builtInDecks(course, questions);
      const questionsById = new Map(questions.map((q) => [q.id, q]));
      const files = successorFiles.filter((f) => f.course === course.id);
      courses.set(course.id, {
        course,
        questions,
        questionsById,
        decks,
        decksById: new Map(decks.map((d) => [d.id, d])),
        successorOf: successorsInBank(files, questionsById),
      });
    }
    cache.caspianCourses = courses;
  }
  return cache.caspianCourses;
}

/** Each file's mappings followed to the end (files in the order they apply), kept if in the bank. */
function successorsInBank(
  files: readonly { mapped: Record<string, string> }[],
  questionsById: ReadonlyMap<string, Question>,
): Map<string, string> {
  const successorOf = new Map<string, string>();
  for (const file of files) {
    for (const [old, next] of successorOf) {
      const later = file.mapped[next];
      if (later !== undefined) successorOf.set(old, later);
    }
    for (const [old, next] of Object.entries(file.mapped)) successorOf.set(old, next);
  }
  for (const [old, next] of successorOf) if (!questionsById.has(next)) successorOf.delete(old);
  return successorOf;
}

export function getCourse(courseId: string): LoadedCourse | null {
  return allCourses().get(courseId) ?? null;
}
