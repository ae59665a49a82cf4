-- CreateTable
CREATE TABLE "question_id_migrations" (
    "course_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "applied_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "question_id_migrations_pkey" PRIMARY KEY ("course_id","name")
);

-- CreateTable
CREATE TABLE "retired_questions" (
    "course_id" TEXT NOT NULL,
    "question_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "retired_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "retired_questions_pkey" PRIMARY KEY ("course_id","question_id")
);
