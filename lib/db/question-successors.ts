/**
 * Applies successor files (content/<course>/successors/<name>.json, written by
 * `npm run questions:successors`): every stored question id of a course that the file maps moves
 * to its successor, and the questions it retires get a snapshot in `retired_questions`. Run by
 * `npm start` (and `npm run db:migrate`) after the schema migrations.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { listCourses } from "@/lib/content/load-course";
import { type SuccessorFile, successorFileSchema } from "@/lib/questions/successors";
import type { PrismaClient } from "./client";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * A column holding question ids, outside cards and reviews (which move together, below).
 * `course` is an SQL expression over the row `t` giving its course id.
 */
export type QuestionIdColumn =
  | {
      kind: "id";
      table: string;
      column: string;
      course: string;
      /** Columns that, with this one, are unique: a row whose successor row exists stays put. */
      uniqueWith?: readonly string[];
    }
  | {
      kind: "array";
      table: string;
      column: string;
      course: string;
      /** "drop": a retired id leaves the array (what a deck offers); "keep": it stays. */
      retired: "drop" | "keep";
    };

/**
 * Every place outside cards/reviews that stores a question id. A new table that keeps question ids
 * adds one line here, or its rows keep pointing at old ids after the next rewording.
 */
// biome-ignore format: one line per column
export const QUESTION_ID_COLUMNS: readonly QuestionIdColumn[] = [
  // A deck offers successors, never retired questions; what a teacher took out stays taken out.
  { kind: "array", table: "custom_decks", column: "question_ids", course: "t.course_id", retired: "drop" },
  { kind: "array", table: "custom_decks", column: "added_ids", course: "t.course_id", retired: "drop" },
  { kind: "array", table: "custom_decks", column: "removed_ids", course: "t.course_id", retired: "keep" },
  // A report keeps its own snapshot and a retired question's exclusion is harmless: both stay put.
  { kind: "id", table: "question_reports", column: "question_id", course: "t.course_id" },
  { kind: "id", table: "class_question_exclusions", column: "question_id", course: "(SELECT course_id FROM classes WHERE id = t.class_id)", uniqueWith: ["class_id"] },
];

/** A successor file that cannot be read: start stops rather than apply half of the rewrites. */
export class SuccessorFileError extends Error {
  override readonly name = "SuccessorFileError";
}

function readSuccessorFile(path: string): SuccessorFile {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new SuccessorFileError(`${path}: ${error instanceof Error ? error.message : error}`);
  }
  const parsed = successorFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SuccessorFileError(`${path}: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  if (`${parsed.data.name}.json` !== basename(path))
    throw new SuccessorFileError(`${path}: its name is "${parsed.data.name}", not its file's`);
  return parsed.data;
}

/** Every course's successor files under `contentDir`, in the order they apply (course, name). */
export function readSuccessorFiles(contentDir: string): SuccessorFile[] {
  const files: SuccessorFile[] = [];
  for (const courseDir of listCourses(contentDir)) {
    const folder = join(courseDir, "successors");
    if (!existsSync(folder)) continue;
    const names = readdirSync(folder).filter((f) => f.endsWith(".json"));
    for (const name of names.sort()) files.push(readSuccessorFile(join(folder, name)));
  }
  return files.sort((a, b) =>
    a.course === b.course ? a.name.localeCompare(b.name) : a.course.localeCompare(b.course),
  );
}

export interface AppliedSuccessors {
  course: string;
  name: string;
  /** Cards now on a successor id. */
  cardsMoved: number;
  /**
   * Cards left on a retired id because the student also had a card on the successor, and the
   * other card was answered later (see `moveCards`).
   */
  cardsDisplaced: number;
  reviewsMoved: number;
  /** "table.column" → rows rewritten. */
  columns: Record<string, number>;
  retired: number;
}

/**
 * Applies every file not yet recorded in `question_id_migrations`, one transaction per file.
 * Returns what the files applied now did ([] when none was pending). Idempotent; two instances
 * starting at once apply each file once (the record is inserted first: the second waits on its
 * key and then skips the file).
 */
export async function applyQuestionSuccessors(options: {
  prisma: PrismaClient;
  files: readonly SuccessorFile[];
}): Promise<AppliedSuccessors[]> {
  const applied: AppliedSuccessors[] = [];
  for (const file of options.files) {
    const result = await options.prisma.$transaction((tx) => applySuccessorFile(tx, file), {
      maxWait: 60_000,
      timeout: 600_000,
    });
    if (result) applied.push(result);
  }
  return applied;
}

async function applySuccessorFile(tx: Tx, file: SuccessorFile): Promise<AppliedSuccessors | null> {
  const claimed = await tx.$executeRaw`
    INSERT INTO question_id_migrations (course_id, name) VALUES (${file.course}, ${file.name})
    ON CONFLICT DO NOTHING`;
  if (claimed === 0) return null;

  const oldIds = Object.keys(file.mapped);
  const newIds = oldIds.map((id) => file.mapped[id] as string);
  await tx.$executeRawUnsafe(
    `CREATE TEMP TABLE successor_map (old_id text PRIMARY KEY, new_id text NOT NULL UNIQUE)
       ON COMMIT DROP`,
  );
  await tx.$executeRaw`
    INSERT INTO successor_map SELECT * FROM unnest(${oldIds}::text[], ${newIds}::text[])`;
  await tx.$executeRawUnsafe("CREATE TEMP TABLE retired_ids (id text PRIMARY KEY) ON COMMIT DROP");
  await tx.$executeRaw`
    INSERT INTO retired_ids SELECT unnest(${file.retired.map((r) => r.id)}::text[])`;

  const cards = await moveCards(tx, file.course);
  const columns: Record<string, number> = {};
  for (const spec of QUESTION_ID_COLUMNS) {
    columns[`${spec.table}.${spec.column}`] = await rewriteColumn(tx, spec, file.course);
  }
  const retired = await tx.$executeRaw`
    INSERT INTO retired_questions (course_id, question_id, type, prompt, answer)
    SELECT ${file.course}, * FROM unnest(${file.retired.map((r) => r.id)}::text[],
      ${file.retired.map((r) => r.type)}::text[], ${file.retired.map((r) => r.prompt)}::text[],
      ${file.retired.map((r) => r.answer)}::text[])
    ON CONFLICT DO NOTHING`;
  return { course: file.course, name: file.name, ...cards, columns, retired };
}

/**
 * Moves cards to their successor ids, and each moved card's reviews with it (a review belongs to
 * its card: `reviews.question_id` always equals its card's). A student has at most one card per
 * question, so when they already have a card on the successor (answered there before the
 * migration ran), the card answered last (`last_review`; the successor's card on a tie) takes the
 * successor id and the other one keeps, or takes, the old id: it is then a retired card, never
 * offered again, still in the student's history with all its reviews (shown through its successor,
 * lib/server/progress/student-progress.ts). Two old ids never share a successor: the successor
 * file maps at most one old id to each new one.
 */
async function moveCards(tx: Tx, course: string) {
  await tx.$executeRawUnsafe(
    `CREATE TEMP TABLE card_moves (card_id text PRIMARY KEY, from_id text NOT NULL,
                                   to_id text NOT NULL, displaced_id text) ON COMMIT DROP`,
  );
  await tx.$executeRaw`
    INSERT INTO card_moves
    WITH candidates AS (
      SELECT c.id, c.user_id, c.question_id AS from_id, m.new_id AS to_id, c.last_review
        FROM cards c JOIN successor_map m ON m.old_id = c.question_id
       WHERE c.course_id = ${course}
      UNION ALL
      SELECT c.id, c.user_id, c.question_id, c.question_id, c.last_review
        FROM cards c JOIN successor_map m ON m.new_id = c.question_id
       WHERE c.course_id = ${course}
    ), ranked AS (
      SELECT *, row_number() OVER (
               PARTITION BY user_id, to_id
               ORDER BY last_review DESC NULLS LAST, (from_id = to_id) DESC, id) AS rank
        FROM candidates
    )
    SELECT w.id AS card_id, w.from_id, w.to_id, d.id AS displaced_id
      FROM ranked w
      LEFT JOIN ranked d ON d.user_id = w.user_id AND d.to_id = w.to_id AND d.from_id = d.to_id
     WHERE w.rank = 1 AND w.from_id <> w.to_id`;
  // Three steps, because (user, course, question) is unique at every row: the displaced card
  // steps aside, the winner takes the successor id, the displaced card takes the winner's old id.
  await tx.$executeRawUnsafe(`
    UPDATE cards SET question_id = 'displaced:' || cards.id
      FROM card_moves WHERE cards.id = card_moves.displaced_id`);
  const cardsMoved = await tx.$executeRawUnsafe(`
    UPDATE cards SET question_id = card_moves.to_id
      FROM card_moves WHERE cards.id = card_moves.card_id`);
  const cardsDisplaced = await tx.$executeRawUnsafe(`
    UPDATE cards SET question_id = card_moves.from_id
      FROM card_moves WHERE cards.id = card_moves.displaced_id`);
  const reviewsMoved = await tx.$executeRawUnsafe(`
    UPDATE reviews r SET question_id = c.question_id
      FROM cards c
     WHERE r.card_id = c.id AND r.question_id <> c.question_id
       AND c.id IN (SELECT card_id FROM card_moves
                    UNION ALL SELECT displaced_id FROM card_moves WHERE displaced_id IS NOT NULL)`);
  return { cardsMoved, cardsDisplaced, reviewsMoved };
}

/** Rewrites one column's question ids of one course; returns the rows changed. */
function rewriteColumn(tx: Tx, spec: QuestionIdColumn, course: string): Promise<number> {
  const { table, column } = spec;
  if (spec.kind === "id") {
    const clash = (spec.uniqueWith ?? [])
      .map((key) => `o.${key} = t.${key}`)
      .concat(`o.${column} = m.new_id`)
      .join(" AND ");
    return tx.$executeRawUnsafe(
      `UPDATE ${table} t SET ${column} = m.new_id
         FROM successor_map m
        WHERE t.${column} = m.old_id AND ${spec.course} = $1
          ${spec.uniqueWith ? `AND NOT EXISTS (SELECT 1 FROM ${table} o WHERE ${clash})` : ""}`,
      course,
    );
  }
  // Each element mapped; retired ones dropped when asked; the first of any duplicate kept, in order.
  const dropRetired =
    spec.retired === "drop"
      ? "WHERE NOT EXISTS (SELECT 1 FROM retired_ids r WHERE r.id = e.id)"
      : "";
  return tx.$executeRawUnsafe(
    `UPDATE ${table} t SET ${column} = ARRAY(
        SELECT x.id FROM (
          SELECT COALESCE(m.new_id, e.id) AS id, min(e.n) AS n
            FROM unnest(t.${column}) WITH ORDINALITY AS e(id, n)
            LEFT JOIN successor_map m ON m.old_id = e.id
            ${dropRetired}
           GROUP BY 1) x
         ORDER BY x.n)
      WHERE ${spec.course} = $1
        AND EXISTS (SELECT 1 FROM unnest(t.${column}) AS e(id)
                     WHERE e.id IN (SELECT old_id FROM successor_map)
                        ${spec.retired === "drop" ? "OR e.id IN (SELECT id FROM retired_ids)" : ""})`,
    course,
  );
}

/** One line for the start log. */
export function describeApplied(applied: AppliedSuccessors): string {
  const parts = [`${applied.cardsMoved} cards and ${applied.reviewsMoved} reviews moved`];
  if (applied.cardsDisplaced > 0)
    parts.push(`${applied.cardsDisplaced} cards left on retired ids (a card on the successor too)`);
  for (const [column, rows] of Object.entries(applied.columns))
    if (rows > 0) parts.push(`${rows} rows of ${column} rewritten`);
  parts.push(`${applied.retired} questions retired`);
  return `${applied.course}/${applied.name}: ${parts.join(", ")}`;
}
