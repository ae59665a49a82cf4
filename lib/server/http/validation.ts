import "server-only";
import type { z } from "zod";
import { AppError } from "../errors";

/** Largest JSON body a route handler reads; answers are small. */
const MAX_BODY_BYTES = 16 * 1024;

/** The first problem of a zod error, as a sentence naming the field. */
export function describeZodError(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  const field = issue?.path.length ? issue.path.join(".") : "body";
  return { field, message: `${field}: ${issue?.message ?? "is invalid"}` };
}

export function parseWith<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const { field, message } = describeZodError(result.error);
    throw new AppError("INVALID_INPUT", message, field);
  }
  return result.data;
}

/** Reads a JSON body, refusing a wrong content type, an oversized body or malformed JSON with a 4xx. */
export async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    throw new AppError(
      "INVALID_INPUT",
      "Send the body as JSON (Content-Type: application/json).",
      "body",
    );
  }
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) {
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      `The body is larger than ${MAX_BODY_BYTES} bytes.`,
      "body",
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", "The body is not valid JSON.", "body");
  }
}
