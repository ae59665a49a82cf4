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

const tooLarge = () =>
  new AppError("PAYLOAD_TOO_LARGE", `The body is larger than ${MAX_BODY_BYTES} bytes.`, "body");

/**
 * The body's bytes, refused (413) by its declared Content-Length before reading, and while
 * streaming as soon as it passes `MAX_BODY_BYTES` (the rest is cancelled, never buffered).
 */
async function readBodyBytes(request: Request): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
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
  const bytes = await readBodyBytes(request);
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new AppError("INVALID_INPUT", "The body is not valid JSON (UTF-8).", "body");
  }
}
