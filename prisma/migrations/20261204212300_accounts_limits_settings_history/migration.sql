-- CreateEnum
CREATE TYPE "AccountTokenPurpose" AS ENUM ('password_reset', 'email_verification');

-- AlterTable
ALTER TABLE "reviews" ADD COLUMN     "seq" BIGSERIAL NOT NULL;

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "email_verified_at" TIMESTAMP(3),
ADD COLUMN     "session_version" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "account_tokens" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "purpose" "AccountTokenPurpose" NOT NULL,
    "token_hash" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "used_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "account_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "study_settings_versions" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "valid_from" TIMESTAMP(3) NOT NULL,
    "desired_retention" DOUBLE PRECISION NOT NULL,
    "new_per_day" INTEGER NOT NULL,
    "max_reviews_per_day" INTEGER NOT NULL,
    "learning_steps" TEXT[],
    "relearning_steps" TEXT[],
    "time_zone" TEXT NOT NULL,
    "day_rollover_hour" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "study_settings_versions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "account_tokens_token_hash_key" ON "account_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "account_tokens_user_id_purpose_idx" ON "account_tokens"("user_id", "purpose");

-- CreateIndex
CREATE INDEX "study_settings_versions_user_id_valid_from_idx" ON "study_settings_versions"("user_id", "valid_from");

-- AddForeignKey
ALTER TABLE "account_tokens" ADD CONSTRAINT "account_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "study_settings_versions" ADD CONSTRAINT "study_settings_versions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing settings become each student's first version. Their past answers were scheduled with
-- whatever was saved then, which was not kept; the settings saved last are the best record of it.
INSERT INTO "study_settings_versions" ("id", "user_id", "valid_from", "desired_retention",
  "new_per_day", "max_reviews_per_day", "learning_steps", "relearning_steps", "time_zone",
  "day_rollover_hour", "created_at")
SELECT 'sv_' || "user_id", "user_id", TIMESTAMP '1970-01-01 00:00:00', "desired_retention",
  "new_per_day", "max_reviews_per_day", "learning_steps", "relearning_steps", "time_zone",
  "day_rollover_hour", "updated_at"
FROM "study_settings";
