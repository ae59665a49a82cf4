import { z } from "zod";
import { AppError } from "@/lib/server/errors";
import { apiHandler } from "@/lib/server/http/api";
import { parseWith } from "@/lib/server/http/validation";
import { CLASS_EXPORT_TABLES, exportClassTable } from "@/lib/server/teaching/class-analytics";
import { idSchema } from "@/lib/teaching/id-schema";

type Context = { params: Promise<{ classId: string; table: string }> };

/** The class's student or question table as a CSV download; another teacher's class is a 404. */
export const GET = apiHandler<Context>("teacher", async (_request, user, { params }) => {
  const raw = await params;
  const table = z.enum(CLASS_EXPORT_TABLES).safeParse(raw.table);
  if (!table.success) {
    throw new AppError("NOT_FOUND", "No such table to export: use students or questions.");
  }
  const classId = parseWith(idSchema, raw.classId);
  const { csv, contentDisposition } = await exportClassTable({
    teacherId: user.id,
    classId,
    table: table.data,
    now: new Date(),
  });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition,
      "Cache-Control": "private, no-store",
    },
  });
});
