import "server-only";
import { db } from "../../db";

/** Logs one attempt under each throttle key (the account and the client's address). */
export async function recordSignInAttempt(options: {
  keys: string[];
  succeeded: boolean;
  at: Date;
}): Promise<void> {
  await db().signInAttempt.createMany({
    data: options.keys.map((key) => ({ key, succeeded: options.succeeded, createdAt: options.at })),
  });
}
