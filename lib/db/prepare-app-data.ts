import type { PrismaClient } from "@/generated/prisma/client";
import type { SuccessorFile } from "@/lib/questions/successors";
import { seedDemoData } from "@/prisma/seed";
import { applyQuestionSuccessors, describeApplied } from "./question-successors";

/**
 * What `npm start` writes into a migrated database before serving: the courses' question-id
 * successors, then the demo data.
 */
export async function prepareAppData(options: {
  prisma: PrismaClient;
  successorFiles: SuccessorFile[];
  log: (message: string) => void;
}): Promise<void> {
  // Before the demo data, which is made of today's question ids.
  const successors = await applyQuestionSuccessors({
    prisma: options.prisma,
    files: options.successorFiles,
  });
  for (const applied of successors) options.log(`question ids: ${describeApplied(applied)}`);
  await seedDemoData(options.prisma);
}
