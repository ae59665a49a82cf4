// Writes a new migration from the difference between prisma/migrations and prisma/schema.prisma.
// Usage: npm run db:migrate:new -- --name <snake_name>   (no database or Prisma engine download needed)
import path from "node:path";
import { parseArgs } from "node:util";
import { createMigration } from "@/lib/db/create-migration";
import { DEFAULT_MIGRATIONS_DIR } from "@/lib/db/migrations-dir";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      name: { type: "string" },
      schema: { type: "string", default: "prisma/schema.prisma" },
      "migrations-dir": { type: "string", default: DEFAULT_MIGRATIONS_DIR },
    },
  });
  if (values.name === undefined) {
    console.error("Usage: npm run db:migrate:new -- --name <snake_name>");
    return 2;
  }
  const result = await createMigration({
    name: values.name,
    schemaPath: values.schema,
    migrationsDir: values["migrations-dir"],
  });
  if (!result.created) {
    console.log("no changes: prisma/schema.prisma matches the migrations; nothing written.");
    return 0;
  }
  console.log(`Wrote ${path.relative(process.cwd(), result.directory)}/migration.sql:\n`);
  console.log(result.script);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
