import type { PrismaClient } from "@/generated/prisma/client";
import type { SuccessorFile } from "@/lib/questions/successors";
import { seedDemoData } from "@/prisma/seed";
import { type DemoDataDecision, decideDemoData } from "./demo-data";
import { applyQuestionSuccessors, describeApplied } from "./question-successors";

/**
 * What `npm start` writes into a migrated database before serving: the courses' question-id
 * successors, then the demo data when demo mode is on (see decideDemoData).
 * @returns the demo-data decision, for start to report.
 */
export async function prepareAppData(options: {
  prisma: PrismaClient;
  successorFiles: SuccessorFile[];
  log: (message: string) => void;
  backend: "postgres" | "embedded";
  /** `--demo` or DEMO; undefined when neither was given. */
  demo: boolean | undefined;
}): Promise<DemoDataDecision> {
  // Before the demo data, which is made of today's question ids.
  const successors = await applyQuestionSuccessors({
    prisma: options.prisma,
    files: options.successorFiles,
  });
  for (const applied of successors) options.log(`question ids: ${describeApplied(applied)}`);
  const decision = decideDemoData({ backend: options.backend, requested: options.demo });
  if (decision.seed) await seedDemoData(options.prisma);
  return decision;
}
