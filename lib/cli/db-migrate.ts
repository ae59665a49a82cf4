// Applies pending migrations (prisma/migrations) to the database the app would use.
// Usage: npm run db:migrate                          (DATABASE_URL, or the embedded database)
//        npm run db:migrate -- --status              (list applied / pending / failed)
//        npm run db:migrate -- --rolled-back <name>  (after fixing a failed migration by hand)
// After the schema migrations it applies the courses' question-id successor files, as start does.
// The embedded folder must not be open elsewhere: stop the app first (its lock enforces this).
import { parseArgs } from "node:util";
import { contentDir } from "@/lib/content/content-dir";
import { createPrismaClient } from "@/lib/db/client";
import { assertReachable, resolveDatabaseConfig } from "@/lib/db/config";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations, getMigrationStatus, markMigrationRolledBack } from "@/lib/db/migrate";
import { DEFAULT_MIGRATIONS_DIR } from "@/lib/db/migrations-dir";
import {
  applyQuestionSuccessors,
  describeApplied,
  readSuccessorFiles,
} from "@/lib/db/question-successors";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      status: { type: "boolean", default: false },
      "rolled-back": { type: "string" },
      "migrations-dir": { type: "string", default: DEFAULT_MIGRATIONS_DIR },
    },
  });
  const migrationsDir = values["migrations-dir"];
  const config = resolveDatabaseConfig(process.env);
  let connectionString: string;
  let stop = async () => {};
  if (config.backend === "postgres") {
    await assertReachable(config.url);
    connectionString = config.url;
  } else {
    const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir });
    connectionString = embedded.url;
    stop = embedded.stop;
  }
  const where = config.backend === "postgres" ? "DATABASE_URL" : `embedded ${config.dataDir}`;
  try {
    const rolledBack = values["rolled-back"];
    if (rolledBack !== undefined) {
      await markMigrationRolledBack({ connectionString, migrationsDir, migrationName: rolledBack });
      console.log(`Marked ${rolledBack} as rolled back on ${where}.`);
    } else if (!values.status) {
      const applied = await applyMigrations({ connectionString, migrationsDir });
      console.log(
        applied.length === 0
          ? `Up to date (${where}).`
          : `Applied on ${where}:\n${applied.map((name) => `  ${name}`).join("\n")}`,
      );
      const prisma = createPrismaClient(connectionString);
      try {
        const files = readSuccessorFiles(contentDir());
        for (const done of await applyQuestionSuccessors({ prisma, files }))
          console.log(`Question ids: ${describeApplied(done)}`);
      } finally {
        await prisma.$disconnect();
      }
    }
    const status = await getMigrationStatus({ connectionString, migrationsDir });
    if (values.status) {
      console.log(`Migrations on ${where}:`);
      for (const name of status.applied) console.log(`  applied  ${name}`);
      for (const name of status.failed) console.log(`  FAILED   ${name}`);
      for (const name of status.pending.filter((n) => !status.failed.includes(n))) {
        console.log(`  pending  ${name}`);
      }
    }
    return status.upToDate ? 0 : 1;
  } finally {
    await stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
