/**
 * Writes `content/<course>/successors/<name>.json`: each question of a frozen bank mapped to its
 * successor in today's bank, or retired with a readable snapshot. `npm start` applies it once.
 * Usage: npm run questions:successors -- --course <id> --from <bank.json.gz> [--name <name>]
 *        [--dir <course folder>]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { parseArgs } from "node:util";
import { contentDir } from "@/lib/content/content-dir";
import { RETIRE_REASONS } from "@/lib/questions/successors";
import { computeSuccessorFile, successorFilePath, successorFileText } from "./successor-file";

function main(): number {
  const { values } = parseArgs({
    options: {
      course: { type: "string" },
      dir: { type: "string" },
      from: { type: "string" },
      name: { type: "string" },
    },
  });
  if ((!values.course && !values.dir) || !values.from) {
    console.error(
      "Usage: npm run questions:successors -- --course <id> --from <bank.json.gz> [--name <name>]",
    );
    return 2;
  }
  const courseDir = values.dir ?? join(contentDir(), values.course as string);
  const { file, counts } = computeSuccessorFile({
    courseDir,
    from: values.from,
    name: values.name,
  });
  const path = successorFilePath(courseDir, file.name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, successorFileText(file));
  console.log(`Wrote ${relative(process.cwd(), path)}`);
  console.log(
    `${counts.legacy} questions: ${counts.kept} kept (same id), ${counts.mapped} mapped, ` +
      `${counts.retired} retired`,
  );
  for (const reason of RETIRE_REASONS) {
    if (counts.byReason[reason] > 0) console.log(`  ${reason}: ${counts.byReason[reason]}`);
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
