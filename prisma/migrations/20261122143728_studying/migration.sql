-- CreateEnum
CREATE TYPE "CardState" AS ENUM ('New', 'Learning', 'Review', 'Relearning');

-- CreateEnum
CREATE TYPE "Rating" AS ENUM ('Again', 'Hard', 'Good', 'Easy');

-- CreateEnum
CREATE TYPE "AnswerMode" AS ENUM ('quiz', 'flashcard');

-- CreateTable
CREATE TABLE "study_settings" (
    "user_id" TEXT NOT NULL,
    "desired_retention" DOUBLE PRECISION NOT NULL,
    "new_per_day" INTEGER NOT NULL,
    "max_reviews_per_day" INTEGER NOT NULL,
    "learning_steps" TEXT[],
    "relearning_steps" TEXT[],
    "time_zone" TEXT NOT NULL,
    "day_rollover_hour" INTEGER NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "study_settings_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "cards" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "course_id" TEXT NOT NULL,
    "question_id" TEXT NOT NULL,
    "due" TIMESTAMP(3) NOT NULL,
    "stability" DOUBLE PRECISION NOT NULL,
    "difficulty" DOUBLE PRECISION NOT NULL,
    "elapsed_days" INTEGER NOT NULL,
    "scheduled_days" INTEGER NOT NULL,
    "learning_steps" INTEGER NOT NULL,
    "reps" INTEGER NOT NULL,
    "lapses" INTEGER NOT NULL,
    "state" "CardState" NOT NULL,
    "last_review" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "cards_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reviews" (
    "id" TEXT NOT NULL,
    "answer_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "card_id" TEXT NOT NULL,
    "course_id" TEXT NOT NULL,
    "question_id" TEXT NOT NULL,
    "mode" "AnswerMode" NOT NULL,
    "rating" "Rating" NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "response" JSONB,
    "answer_text" TEXT,
    "verdict_code" TEXT,
    "response_ms" INTEGER NOT NULL,
    "reviewed_at" TIMESTAMP(3) NOT NULL,
    "state_before" JSONB NOT NULL,
    "state_after" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reviews_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "cards_user_id_course_id_due_idx" ON "cards"("user_id", "course_id", "due");

-- CreateIndex
CREATE UNIQUE INDEX "cards_user_id_course_id_question_id_key" ON "cards"("user_id", "course_id", "question_id");

-- CreateIndex
CREATE INDEX "reviews_user_id_reviewed_at_idx" ON "reviews"("user_id", "reviewed_at");

-- CreateIndex
CREATE INDEX "reviews_card_id_reviewed_at_idx" ON "reviews"("card_id", "reviewed_at");

-- CreateIndex
CREATE UNIQUE INDEX "reviews_user_id_answer_id_key" ON "reviews"("user_id", "answer_id");

-- AddForeignKey
ALTER TABLE "study_settings" ADD CONSTRAINT "study_settings_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cards" ADD CONSTRAINT "cards_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_card_id_fkey" FOREIGN KEY ("card_id") REFERENCES "cards"("id") ON DELETE CASCADE ON UPDATE CASCADE;
