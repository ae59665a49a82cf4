import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isHttpsRequest } from "@/lib/auth/security-headers";

describe("isHttpsRequest", () => {
  const headers = (proto?: string) => new Headers(proto ? { "x-forwarded-proto": proto } : {});

  it("is true for an https URL or a proxy that forwarded https", () => {
    expect(isHttpsRequest(new URL("https://recall.example/api"), headers())).toBe(true);
    expect(isHttpsRequest(new URL("http://localhost:3000/api"), headers("https"))).toBe(true);
  });

  it("is false for plain http", () => {
    expect(isHttpsRequest(new URL("http://localhost:3000/api"), headers())).toBe(false);
    expect(isHttpsRequest(new URL("http://localhost:3000/api"), headers("http"))).toBe(false);
  });
});

describe("contentSecurityPolicy", () => {
  it("carries the nonce and forbids framing", () => {
    const policy = contentSecurityPolicy({ nonce: "abc", development: false, https: true });
    expect(policy).toContain("'nonce-abc'");
    expect(policy).toContain("frame-ancestors 'none'");
  });
});
