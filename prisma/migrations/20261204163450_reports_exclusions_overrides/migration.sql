-- CreateEnum
CREATE TYPE "ReportReason" AS ENUM ('wrong', 'unclear', 'too_easy', 'other');

-- AlterTable
ALTER TABLE "reviews" ADD COLUMN     "overridden_at" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "class_question_exclusions" (
    "class_id" TEXT NOT NULL,
    "question_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "class_question_exclusions_pkey" PRIMARY KEY ("class_id","question_id")
);

-- CreateTable
CREATE TABLE "question_reports" (
    "id" TEXT NOT NULL,
    "client_id" TEXT NOT NULL,
    "author_id" TEXT NOT NULL,
    "course_id" TEXT NOT NULL,
    "question_id" TEXT NOT NULL,
    "fact_ids" TEXT[],
    "reason" "ReportReason" NOT NULL,
    "note" TEXT,
    "prompt" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "question_type" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "question_reports_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "question_reports_course_id_question_id_idx" ON "question_reports"("course_id", "question_id");

-- CreateIndex
CREATE INDEX "question_reports_author_id_created_at_idx" ON "question_reports"("author_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "question_reports_author_id_client_id_key" ON "question_reports"("author_id", "client_id");

-- AddForeignKey
ALTER TABLE "class_question_exclusions" ADD CONSTRAINT "class_question_exclusions_class_id_fkey" FOREIGN KEY ("class_id") REFERENCES "classes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question_reports" ADD CONSTRAINT "question_reports_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A note is optional and short (lib/reports/report-input.ts REPORT_NOTE_MAX).
ALTER TABLE "question_reports" ADD CONSTRAINT "question_reports_note_length"
  CHECK (note IS NULL OR char_length(note) <= 500);
