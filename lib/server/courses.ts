import "server-only";
import { contentDir } from "@/lib/content/content-dir";
import { listCourses, loadCourse } from "@/lib/content/load-course";
import type { Course } from "@/lib/content/types";
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
    for (const dir of listCourses(contentDir())) {
      const course = loadCourse(dir, { verifyQuotes: false });
      const questions = generateQuestionBank(course, { seed: QUESTION_BANK_SEED });
      const decks = builtInDecks(course, questions);
      courses.set(course.id, {
        course,
        questions,
        questionsById: new Map(questions.map((q) => [q.id, q])),
        decks,
        decksById: new Map(decks.map((d) => [d.id, d])),
      });
    }
    cache.caspianCourses = courses;
  }
  return cache.caspianCourses;
}

export function getCourse(courseId: string): LoadedCourse | null {
  return allCourses().get(courseId) ?? null;
}
