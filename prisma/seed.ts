import bcrypt from "bcryptjs";
import type { PrismaClient } from "../generated/prisma/client";

/** Demo accounts for a first look; also written in the README. */
export const DEMO_ACCOUNTS = [
  {
    role: "student",
    name: "Demo Student",
    email: "student@example.com",
    password: "caspian-student-demo",
  },
  {
    role: "teacher",
    name: "Demo Teacher",
    email: "teacher@example.com",
    password: "caspian-teacher-demo",
  },
] as const;

/** Creates the demo accounts if they are missing; never overwrites an existing account. */
export async function seedDemoData(prisma: PrismaClient): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    const exists = await prisma.user.findUnique({
      where: { email: account.email },
      select: { id: true },
    });
    if (exists) continue;
    await prisma.user.create({
      data: {
        email: account.email,
        name: account.name,
        role: account.role,
        passwordHash: await bcrypt.hash(account.password, 11),
      },
    });
  }
}
