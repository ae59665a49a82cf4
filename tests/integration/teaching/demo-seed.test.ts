import { describe, expect, it } from "vitest";
import { seedDemoData } from "@/prisma/seed";
import { setUpAppDatabase } from "../helpers/app-database";

const app = setUpAppDatabase();

describe("seedDemoData", () => {
  it("creates the demo accounts and a demo class with the student and an assignment, once", async () => {
    await seedDemoData(app.prisma);
    await seedDemoData(app.prisma);
    const users = await app.prisma.user.findMany({ select: { email: true, role: true } });
    expect(users.map((u) => `${u.role} ${u.email}`).sort()).toEqual([
      "student student@example.com",
      "teacher teacher@example.com",
    ]);
    const classes = await app.prisma.class.findMany({
      include: {
        members: { include: { student: true } },
        assignments: { include: { deck: true } },
      },
    });
    expect(classes).toHaveLength(1);
    expect(classes[0]?.members.map((m) => m.student.email)).toEqual(["student@example.com"]);
    expect(classes[0]?.assignments).toHaveLength(1);
    expect(classes[0]?.assignments[0]?.deck.questionIds.length).toBeGreaterThan(10);
  }, 60_000);
});
