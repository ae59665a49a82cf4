import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/server/errors";
import { isDatabaseUnavailable, toErrorResponse } from "@/lib/server/http/error-response";

/** The shape Prisma 7 throws for a driver-adapter failure (PrismaClientKnownRequestError). */
function prismaError(code: string, cause: Record<string, unknown>) {
  return Object.assign(new Error(`Invalid invocation: Database error. Code: \`${code}\``), {
    name: "PrismaClientKnownRequestError",
    code,
    clientVersion: "7.10.1",
    meta: { modelName: "User", driverAdapterError: { name: "DriverAdapterError", cause } },
  });
}

const postgres = (code: string, message: string) =>
  prismaError("P2039", {
    kind: "postgres",
    code,
    originalCode: code,
    severity: "FATAL",
    message,
    originalMessage: message,
  });

describe("isDatabaseUnavailable", () => {
  it.each([
    [
      "57P03 not yet accepting connections",
      postgres("57P03", "the database system is not yet accepting connections"),
    ],
    ["57P03 starting up", postgres("57P03", "the database system is starting up")],
    [
      "57P01 admin shutdown",
      postgres("57P01", "terminating connection due to administrator command"),
    ],
    ["57P02 crash shutdown", postgres("57P02", "terminating connection due to crash")],
    ["08006 connection failure", postgres("08006", "connection failure")],
    ["08001 cannot connect", postgres("08001", "could not connect")],
    ["53300 too many clients", postgres("53300", "sorry, too many clients already")],
    [
      "raw query P2010 with 57P03",
      prismaError("P2010", { kind: "postgres", code: "57P03", message: "x" }),
    ],
    [
      "DatabaseNotReachable",
      prismaError("P1001", { kind: "DatabaseNotReachable", host: "h", port: 5432 }),
    ],
    ["ConnectionClosed", prismaError("P2039", { kind: "ConnectionClosed" })],
    ["SocketTimeout", prismaError("P2039", { kind: "SocketTimeout" })],
    ["TooManyConnections", prismaError("P2037", { kind: "TooManyConnections", cause: "x" })],
    ["a pg socket error", Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" })],
    ["a DNS failure", Object.assign(new Error("getaddrinfo EAI_AGAIN db"), { code: "EAI_AGAIN" })],
    [
      "an unreachable host",
      Object.assign(new Error("connect EHOSTUNREACH"), { code: "EHOSTUNREACH" }),
    ],
    ["pg's terminated connection", new Error("Connection terminated unexpectedly")],
    ["a wrapped cause", new Error("query failed", { cause: { code: "57P03" } })],
    [
      "Prisma's pool timeout",
      Object.assign(new Error("Timed out fetching a new connection"), { code: "P2024" }),
    ],
  ])("is true for %s", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    [
      "a unique violation",
      prismaError("P2002", { kind: "UniqueConstraintViolation", constraint: { fields: ["id"] } }),
    ],
    ["a syntax error", postgres("42601", "syntax error at or near SELEC")],
    ["a missing table", prismaError("P2021", { kind: "TableDoesNotExist", table: "users" })],
    ["a wrong password", prismaError("P1000", { kind: "AuthenticationFailed", user: "x" })],
    ["a serialization failure", postgres("40001", "could not serialize access")],
    ["an AppError", new AppError("CONFLICT", "taken")],
    ["a TypeError", new TypeError("cannot read properties of undefined")],
    ["nothing", undefined],
    ["a string", "ECONNREFUSED"],
  ])("is false for %s", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("stops on a cause that points back at itself", () => {
    const error: Record<string, unknown> = { message: "loop" };
    error.cause = error;
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe("toErrorResponse", () => {
  it("answers 503 with Retry-After for a database that is not yet accepting connections", async () => {
    const response = toErrorResponse(
      postgres("57P03", "the database system is not yet accepting connections"),
    );
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toMatchObject({ error: { code: "UNAVAILABLE" } });
  });

  it("answers an opaque 500 for a bug, without its internals", async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const response = toErrorResponse(postgres("42601", "syntax error at or near SELEC"));
      expect(response.status).toBe(500);
      expect(JSON.stringify(await response.json())).not.toMatch(/SELEC|42601/);
    } finally {
      console.error = original;
    }
  });
});
