import { z } from "zod";
import { getStudySettings } from "@/lib/server/data/study-settings/get-study-settings";
import { apiHandler } from "@/lib/server/http/api";
import { parseWith } from "@/lib/server/http/validation";
import { getNextPracticeItem, getNextStudyItem } from "@/lib/server/study/study-queue";

const nextQuerySchema = z.object({
  course: z.string().min(1, "is required").max(120),
  deck: z.string().min(1, "is required").max(120),
  mode: z
    .enum(["review", "practice"], { error: 'must be "review" or "practice"' })
    .default("review"),
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 31)
    .default(0),
  seen: z
    .string()
    .max(100_000)
    .default("")
    .transform((s) => new Set(s.split(",").filter(Boolean))),
});

/** The next question of a deck's session (`?course=…&deck=…[&mode=practice&seed=…&seen=id,id]`). */
export const GET = apiHandler("student", async (request, user) => {
  const query = parseWith(nextQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  if (query.mode === "practice") {
    return Response.json(
      await getNextPracticeItem({
        userId: user.id,
        courseId: query.course,
        deckId: query.deck,
        seed: query.seed,
        seen: query.seen,
      }),
    );
  }
  const settings = await getStudySettings({ userId: user.id });
  return Response.json(
    await getNextStudyItem({
      userId: user.id,
      courseId: query.course,
      deckId: query.deck,
      settings,
      now: new Date(),
    }),
  );
});
