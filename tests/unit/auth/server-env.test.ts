import { describe, expect, it } from "vitest";
import {
  authSecret,
  ConfigurationError,
  courseMaintainers,
  readServerEnv,
  trustedProxies,
} from "@/lib/server/env";

const url = "postgresql://app@db.internal:5432/recall";

describe("readServerEnv", () => {
  it("refuses to run in production without AUTH_SECRET, saying how to make one", () => {
    const read = () => readServerEnv({ NODE_ENV: "production", DATABASE_URL: url });
    expect(read).toThrow(ConfigurationError);
    expect(read).toThrow(/AUTH_SECRET is not set.*openssl rand -base64 32/s);
    expect(() => authSecret({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET is not set/);
  });

  it("uses a fixed development secret outside production", () => {
    const env = readServerEnv({ NODE_ENV: "development", DATABASE_URL: url });
    expect(env.authSecret).toMatch(/development/);
    expect(authSecret({ NODE_ENV: "test" })).toBe(env.authSecret);
  });

  it("takes the configured secret and backend", () => {
    const env = readServerEnv({
      NODE_ENV: "production",
      DATABASE_URL: url,
      AUTH_SECRET: "s3cret",
      CASPIAN_DB_BACKEND: "embedded",
    });
    expect(env).toEqual({
      nodeEnv: "production",
      databaseUrl: url,
      authSecret: "s3cret",
      databaseBackend: "embedded",
      courseMaintainers: [],
      trustedProxies: [],
      apiRequestsPerMinute: 120,
      signUpsPerHour: 60,
    });
  });

  it("reads COURSE_MAINTAINERS as lower-case addresses, ignoring spaces and empty items", () => {
    const env = readServerEnv({
      NODE_ENV: "test",
      DATABASE_URL: url,
      COURSE_MAINTAINERS: " Ana@School.org, ,bek@school.org,ana@school.org",
    });
    expect(env.courseMaintainers).toEqual(["ana@school.org", "bek@school.org"]);
    expect(courseMaintainers({ NODE_ENV: "test" })).toEqual([]);
    expect(courseMaintainers({ NODE_ENV: "test", COURSE_MAINTAINERS: "" })).toEqual([]);
  });

  it("refuses a COURSE_MAINTAINERS item that is not an address, naming the variable", () => {
    const read = () =>
      courseMaintainers({ NODE_ENV: "test", COURSE_MAINTAINERS: "ana@school.org;bek" });
    expect(read).toThrow(ConfigurationError);
    expect(read).toThrow(/COURSE_MAINTAINERS must be email addresses.*ana@school\.org;bek/);
    expect(() =>
      readServerEnv({ NODE_ENV: "test", DATABASE_URL: url, COURSE_MAINTAINERS: "nobody" }),
    ).toThrow(/COURSE_MAINTAINERS/);
  });

  it("explains a missing DATABASE_URL", () => {
    expect(() => readServerEnv({ NODE_ENV: "production", AUTH_SECRET: "x" })).toThrow(
      /DATABASE_URL is not set\. Start the app with `npm start`/,
    );
  });
});

describe("limits in the environment", () => {
  it("reads TRUSTED_PROXIES as addresses and CIDR ranges, naming an entry that is neither", () => {
    const env = readServerEnv({
      NODE_ENV: "test",
      DATABASE_URL: url,
      TRUSTED_PROXIES: " 10.0.0.5, 10.1.0.0/16,,fd00::/8 ",
    });
    expect(env.trustedProxies).toEqual(["10.0.0.5", "10.1.0.0/16", "fd00::/8"]);
    expect(trustedProxies({ NODE_ENV: "test" })).toEqual([]);
    expect(() =>
      trustedProxies({ NODE_ENV: "test", TRUSTED_PROXIES: "10.0.0.5,proxy.internal" }),
    ).toThrow(/TRUSTED_PROXIES.*proxy\.internal/);
  });

  it("reads RATE_LIMIT_API_PER_MINUTE as a positive whole number, 120 by default", () => {
    const read = (value?: string) =>
      readServerEnv({ NODE_ENV: "test", DATABASE_URL: url, RATE_LIMIT_API_PER_MINUTE: value });
    expect(read().apiRequestsPerMinute).toBe(120);
    expect(read("100000").apiRequestsPerMinute).toBe(100000);
    for (const bad of ["0", "-3", "1.5", "lots"]) {
      expect(() => read(bad)).toThrow(/RATE_LIMIT_API_PER_MINUTE/);
    }
  });

  it("reads RATE_LIMIT_SIGN_UPS_PER_HOUR as a positive whole number, 60 by default", () => {
    const read = (value?: string) =>
      readServerEnv({ NODE_ENV: "test", DATABASE_URL: url, RATE_LIMIT_SIGN_UPS_PER_HOUR: value });
    expect(read().signUpsPerHour).toBe(60);
    expect(read("5000").signUpsPerHour).toBe(5000);
    expect(() => read("0")).toThrow(/RATE_LIMIT_SIGN_UPS_PER_HOUR/);
  });
});
