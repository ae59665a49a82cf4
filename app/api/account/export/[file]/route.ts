import { cardsCsv, reviewLogCsv } from "@/lib/account/fsrs-csv";
import { exportUserData } from "@/lib/server/data/users/export-user-data";
import { AppError } from "@/lib/server/errors";
import { apiHandler } from "@/lib/server/http/api";

type Context = { params: Promise<{ file: string }> };

const FILES = {
  "data.json": { type: "application/json; charset=utf-8", suffix: "data.json" },
  "reviews.csv": { type: "text/csv; charset=utf-8", suffix: "fsrs-revlog.csv" },
  "cards.csv": { type: "text/csv; charset=utf-8", suffix: "cards.csv" },
} as const;
type ExportFile = keyof typeof FILES;

const isExportFile = (file: string): file is ExportFile => Object.hasOwn(FILES, file);

/**
 * "Download my data": the signed-in user's own data only (there is no user id to pass), as JSON,
 * or the answers and cards as CSV in the FSRS optimizer's columns.
 */
export const GET = apiHandler<Context>("any", async (_request, user, { params }) => {
  const { file } = await params;
  if (!isExportFile(file)) {
    throw new AppError("NOT_FOUND", "No such file: use data.json, reviews.csv or cards.csv.");
  }
  const now = new Date();
  const data = await exportUserData({ userId: user.id, now });
  const body =
    file === "data.json"
      ? JSON.stringify(data, null, 2)
      : file === "reviews.csv"
        ? reviewLogCsv(data.reviews)
        : cardsCsv(data.cards);
  const day = now.toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": FILES[file].type,
      "Content-Disposition": `attachment; filename="caspian-recall-${day}-${FILES[file].suffix}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
