import "server-only";
import { randomBytes as cryptoRandomBytes } from "node:crypto";
import {
  type AssignmentProgress,
  assignmentProgress,
  assignmentTerms,
  NO_ACTIVITY,
} from "@/lib/teaching/assignment-progress";
import { type AssignmentForm, type ClassForm, classFormSchema } from "@/lib/teaching/class-forms";
import { generateJoinCode, normaliseJoinCode } from "@/lib/teaching/join-code";
import { getCourse } from "../courses";
import { createAssignment as insertAssignment } from "../data/assignments/create-assignment";
import { deleteAssignment as removeAssignment } from "../data/assignments/delete-assignment";
import { getAssignmentActivity } from "../data/assignments/get-assignment-activity";
import {
  listStudentAssignments,
  type StudentAssignmentRow,
} from "../data/assignments/list-student-assignments";
import { addClassMember } from "../data/classes/add-class-member";
import { createClass as insertClass } from "../data/classes/create-class";
import { findClassByJoinCode } from "../data/classes/find-class-by-join-code";
import { getOwnedClass, type OwnedClass } from "../data/classes/get-owned-class";
import { removeClassMember } from "../data/classes/remove-class-member";
import { setJoinCode } from "../data/classes/set-join-code";
import { notFound } from "../errors";
import { parseWith } from "../http/validation";
import { requireCourse } from "../study/study-queue";

type RandomBytes = (count: number) => Uint8Array;

/** Draws from a 31⁸ ≈ 8.5 × 10¹¹ space, so a second collision in a row is all but impossible. */
const JOIN_CODE_ATTEMPTS = 5;

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === "P2002";

/** Runs `write` with fresh join codes until one is not taken (the unique constraint decides). */
async function withFreshJoinCode<T>(
  randomBytes: RandomBytes,
  write: (joinCode: string) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write(generateJoinCode(randomBytes));
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= JOIN_CODE_ATTEMPTS) throw error;
    }
  }
}

// ——— Teachers ———————————————————————————————————————————————————————————————————————————————
// Each write below is scoped to the teacher's own class in its data function's query, so another
// teacher's class or a made-up id is NOT_FOUND there, without loading the class first.

/** A new class of a loaded course (another course id is NOT_FOUND), with a join code nobody else has. */
export async function createClass(options: {
  teacherId: string;
  input: ClassForm;
  randomBytes?: RandomBytes;
}): Promise<{ id: string; joinCode: string }> {
  const { name, courseId } = parseWith(classFormSchema, options.input);
  requireCourse(courseId);
  return withFreshJoinCode(options.randomBytes ?? cryptoRandomBytes, (joinCode) =>
    insertClass({ teacherId: options.teacherId, courseId, name, joinCode }),
  );
}

/** Replaces a class's join code, e.g. after it was shared too widely; the old code stops working. */
export async function renewJoinCode(options: {
  teacherId: string;
  classId: string;
  randomBytes?: RandomBytes;
}): Promise<{ joinCode: string }> {
  const { teacherId, classId } = options;
  return withFreshJoinCode(options.randomBytes ?? cryptoRandomBytes, async (joinCode) => {
    await setJoinCode({ teacherId, classId, joinCode });
    return { joinCode };
  });
}

export async function removeStudent(options: {
  teacherId: string;
  classId: string;
  studentId: string;
}): Promise<void> {
  await removeClassMember(options);
}

/**
 * Assigns one of the teacher's own decks of the class's course, due by the end of `dueDay` in the
 * teacher's `timeZone`; `input` is the form as `assignmentFormSchema` parsed it (due not before
 * today there). Another teacher's (or a deleted) deck is NOT_FOUND on the field `deckId`.
 */
export async function createAssignment(options: {
  teacherId: string;
  classId: string;
  input: AssignmentForm;
}): Promise<{ id: string }> {
  const { teacherId, classId, input } = options;
  return insertAssignment({ teacherId, classId, ...input });
}

export async function deleteAssignment(options: {
  teacherId: string;
  classId: string;
  assignmentId: string;
}): Promise<void> {
  await removeAssignment(options);
}

export type ClassAssignment = OwnedClass["assignments"][number] & {
  questionCount: number;
  /** Students who reached the goal (on time or late). */
  completeCount: number;
};

/** A class of this teacher with its roster and, per assignment, how many students completed it. */
export async function getClassOverview(options: { teacherId: string; classId: string; now: Date }) {
  const owned = await getOwnedClass(options);
  const course = getCourse(owned.courseId);
  const studentIds = owned.members.map((m) => m.studentId);
  const excluded = new Set(owned.exclusions.map((e) => e.questionId));
  const assignments: ClassAssignment[] = await Promise.all(
    owned.assignments.map(async (assignment) => {
      const { questionIds, terms } = assignmentTerms(assignment, course?.questionsById, excluded);
      const activity = await getAssignmentActivity({
        studentIds,
        courseId: owned.courseId,
        questionIds,
        setAt: terms.setAt,
        goal: terms.goal,
      });
      const completeCount = studentIds.filter((id) => {
        const { status } = assignmentProgress(terms, activity.get(id) ?? NO_ACTIVITY, options.now);
        return status === "complete" || status === "late";
      }).length;
      return { ...assignment, questionCount: questionIds.length, completeCount };
    }),
  );
  return { ...owned, course, assignments };
}

// ——— Students ———————————————————————————————————————————————————————————————————————————————

/** The class a typed or scanned code opens, for the join page; an invalid or unknown code is NOT_FOUND. */
export async function previewClass(options: { studentId: string; code: string }) {
  const joinCode = normaliseJoinCode(options.code);
  const found = joinCode && (await findClassByJoinCode({ joinCode, studentId: options.studentId }));
  if (!found) throw notFound("Class");
  return {
    ...found,
    joinCode,
    courseTitle: getCourse(found.courseId)?.course.title ?? found.courseId,
  };
}

/** Joins the class of a code; joining again is harmless. Teachers cannot join (FORBIDDEN). */
export async function joinClass(options: {
  studentId: string;
  code: string;
}): Promise<{ classId: string; joined: boolean }> {
  const joinCode = normaliseJoinCode(options.code);
  const found = joinCode && (await findClassByJoinCode({ joinCode, studentId: options.studentId }));
  if (!found) throw notFound("Class");
  const { joined } = await addClassMember({ classId: found.id, studentId: options.studentId });
  return { classId: found.id, joined };
}

export interface StudentAssignment {
  id: string;
  classId: string;
  className: string;
  courseId: string;
  deckId: string;
  deckTitle: string;
  dueDay: string;
  timeZone: string;
  goal: "all_correct" | "reviews";
  progress: AssignmentProgress;
}

/** The student's assignments across their classes, each with their progress at `now`. */
export async function getStudentAssignments(options: {
  studentId: string;
  now: Date;
}): Promise<StudentAssignment[]> {
  const rows = await listStudentAssignments({ studentId: options.studentId });
  return Promise.all(rows.map((row) => withProgress(row, options.studentId, options.now)));
}

async function withProgress(
  row: StudentAssignmentRow,
  studentId: string,
  now: Date,
): Promise<StudentAssignment> {
  const courseId = row.class.courseId;
  const { questionIds, terms } = assignmentTerms(
    row,
    getCourse(courseId)?.questionsById,
    new Set(row.class.exclusions.map((e) => e.questionId)),
  );
  const activity = await getAssignmentActivity({
    studentIds: [studentId],
    courseId,
    questionIds,
    setAt: terms.setAt,
    goal: terms.goal,
  });
  return {
    id: row.id,
    classId: row.class.id,
    className: row.class.name,
    courseId,
    deckId: row.deck.id,
    deckTitle: row.deck.title,
    dueDay: row.dueDay,
    timeZone: row.timeZone,
    goal: row.goal,
    progress: assignmentProgress(terms, activity.get(studentId) ?? NO_ACTIVITY, now),
  };
}
