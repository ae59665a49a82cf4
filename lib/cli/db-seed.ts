// Creates the demo accounts and the demo class on the database the app would use, on demand.
// Usage: npm run db:seed     (DATABASE_URL, or the embedded database in DATA_DIR)
// Idempotent: accounts that exist are left as they are; safe beside a running instance on a
// PostgreSQL server. The embedded folder must not be open elsewhere: stop the app first.
import { contentDir } from "@/lib/content/content-dir";
import { createPrismaClient } from "@/lib/db/client";
import { prepareAppData } from "@/lib/db/prepare-app-data";
import { readSuccessorFiles } from "@/lib/db/question-successors";
import { startDatabase } from "@/lib/db/start";
import { readStartEnv } from "@/lib/server/env";
import { DEMO_ACCOUNTS } from "@/prisma/seed";

async function main(): Promise<void> {
  const { database: config } = readStartEnv(process.env);
  const successorFiles = readSuccessorFiles(contentDir());
  const database = await startDatabase({ env: process.env });
  try {
    const prisma = createPrismaClient(database.url);
    try {
      await prepareAppData({
        prisma,
        successorFiles,
        log: (message) => console.log(message),
        backend: config.backend,
        demo: true,
      });
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    await database.stop();
  }
  const where = config.backend === "postgres" ? "DATABASE_URL" : `embedded ${config.dataDir}`;
  console.log(`Demo data present on ${where}. Demo accounts (see README):`);
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(8)} ${a.email} / ${a.password}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? `cannot seed: ${error.message}` : error);
    process.exit(1);
  },
);
