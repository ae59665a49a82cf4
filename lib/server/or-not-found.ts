import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "./errors";

/**
 * For pages and server actions: a NOT_FOUND from the data layer (another user's row or a made-up
 * id, deliberately alike) becomes Next's 404 page; any other error goes on to the error boundary.
 */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
