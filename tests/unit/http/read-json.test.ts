import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/server/errors";
import { readJson } from "@/lib/server/http/validation";

const MiB = 1024 * 1024;

/** A body of `chunks` × 1 MiB, produced only as it is read; `pulled()` says how much was read. */
function hugeBody(chunks: number) {
  const chunk = new Uint8Array(MiB).fill(0x20);
  let sent = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === chunks) return controller.close();
      sent += 1;
      controller.enqueue(chunk);
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, pulled: () => sent, cancelled: () => cancelled };
}

function jsonRequest(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request("http://app.test/api/study/answers", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
    duplex: "half",
  } as RequestInit);
}

async function thrown(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

describe("readJson", () => {
  it("stops reading an oversized streamed body at the limit and cancels it (413)", async () => {
    const body = hugeBody(256); // 256 MiB if read to the end
    const error = await thrown(readJson(jsonRequest(body.stream)));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("PAYLOAD_TOO_LARGE");
    expect(body.pulled()).toBeLessThanOrEqual(2);
    expect(body.cancelled()).toBe(true);
  });

  it("refuses a declared Content-Length over the limit before reading the body", async () => {
    const body = hugeBody(256);
    const request = jsonRequest(body.stream, { "content-length": String(300 * MiB) });
    const error = await thrown(readJson(request));
    expect((error as AppError).code).toBe("PAYLOAD_TOO_LARGE");
    expect(body.pulled()).toBeLessThanOrEqual(1);
  });

  it("reads a small body, and refuses malformed JSON or a wrong type with 400", async () => {
    expect(await readJson(jsonRequest(JSON.stringify({ rating: "Good", é: "ü" })))).toEqual({
      rating: "Good",
      é: "ü",
    });
    expect(((await thrown(readJson(jsonRequest("{")))) as AppError).code).toBe("INVALID_INPUT");
    const text = new Request("http://app.test/x", { method: "POST", body: "{}" });
    expect(((await thrown(readJson(text))) as AppError).code).toBe("INVALID_INPUT");
  });
});
