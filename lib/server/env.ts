import { z } from "zod";

/** Used only outside production (`npm run dev`, tests), so a session survives a dev-server restart. */
const DEVELOPMENT_AUTH_SECRET = "caspian-recall-development-secret-do-not-use-in-production";

export class ConfigurationError extends Error {
  override name = "ConfigurationError";
}

const serverEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string({
    error:
      "DATABASE_URL is not set. Start the app with `npm start` (it runs an embedded database when " +
      "DATABASE_URL is unset), or set DATABASE_URL=postgresql://USER:PASSWORD@HOST:PORT/DATABASE.",
  }),
  AUTH_SECRET: z.string().min(1).optional(),
  CASPIAN_DB_BACKEND: z.enum(["postgres", "embedded"]).default("postgres"),
  COURSE_MAINTAINERS: z.string().optional(),
  TRUSTED_PROXIES: z.string().optional(),
  RATE_LIMIT_API_PER_MINUTE: z.coerce
    .number({ error: "RATE_LIMIT_API_PER_MINUTE must be a whole number of requests, e.g. 120." })
    .int({ error: "RATE_LIMIT_API_PER_MINUTE must be a whole number of requests, e.g. 120." })
    .positive({ error: "RATE_LIMIT_API_PER_MINUTE must be at least 1." })
    .default(120),
  RATE_LIMIT_SIGN_UPS_PER_HOUR: z.coerce
    .number({ error: "RATE_LIMIT_SIGN_UPS_PER_HOUR must be a whole number of sign-ups, e.g. 60." })
    .int({ error: "RATE_LIMIT_SIGN_UPS_PER_HOUR must be a whole number of sign-ups, e.g. 60." })
    .positive({ error: "RATE_LIMIT_SIGN_UPS_PER_HOUR must be at least 1." })
    .default(60),
});

const maintainerEmailSchema = z.email();

/**
 * `COURSE_MAINTAINERS=a@x.org,b@y.org`: the people who maintain the courses' content and read every
 * report about their questions. Addresses are compared in lower case; unset or empty means nobody.
 */
export function courseMaintainers(env: NodeJS.ProcessEnv = process.env): string[] {
  const emails = (env.COURSE_MAINTAINERS ?? "")
    .split(",")
    .map((email) => email.trim().toLowerCase())
    .filter((email) => email.length > 0);
  const invalid = emails.filter((email) => !maintainerEmailSchema.safeParse(email).success);
  if (invalid.length > 0) {
    throw new ConfigurationError(
      `COURSE_MAINTAINERS must be email addresses separated by commas (e.g. ` +
        `COURSE_MAINTAINERS=ana@school.org,bek@school.org); not an address: ${invalid.join(", ")}.`,
    );
  }
  return [...new Set(emails)];
}

const proxyEntrySchema = z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]);

/**
 * `TRUSTED_PROXIES=10.0.0.5,10.1.0.0/16`: the reverse proxies whose X-Forwarded-For gives the
 * client's address (see lib/auth/client-address.ts). Unset or empty: no proxy is trusted and the
 * client's address is the connection's.
 */
export function trustedProxies(env: NodeJS.ProcessEnv = process.env): string[] {
  const entries = (env.TRUSTED_PROXIES ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  const invalid = entries.filter((entry) => !proxyEntrySchema.safeParse(entry).success);
  if (invalid.length > 0) {
    throw new ConfigurationError(
      `TRUSTED_PROXIES must be IP addresses or CIDR ranges separated by commas (e.g. ` +
        `TRUSTED_PROXIES=10.0.0.5,10.1.0.0/16); not one: ${invalid.join(", ")}.`,
    );
  }
  return entries;
}

export interface ServerEnv {
  nodeEnv: "development" | "production" | "test";
  databaseUrl: string;
  authSecret: string;
  databaseBackend: "postgres" | "embedded";
  /** Lower-case emails from COURSE_MAINTAINERS (see `courseMaintainers`). */
  courseMaintainers: string[];
  /** TRUSTED_PROXIES entries (see `trustedProxies`). */
  trustedProxies: string[];
  /** RATE_LIMIT_API_PER_MINUTE: API requests a user may make per minute (an address: 40 times as many). */
  apiRequestsPerMinute: number;
  /** RATE_LIMIT_SIGN_UPS_PER_HOUR: new accounts one address may make per hour. */
  signUpsPerHour: number;
}

export const AUTH_SECRET_HELP =
  "AUTH_SECRET is not set. It signs session cookies, so production needs its own: generate one " +
  "with `openssl rand -base64 32` (or `node -e \"console.log(crypto.randomBytes(32).toString('base64'))\"`) " +
  "and set AUTH_SECRET to it in the environment.";

/** Reads and checks the server's environment; throws a `ConfigurationError` a person can act on. */
export function readServerEnv(env: NodeJS.ProcessEnv = process.env): ServerEnv {
  const parsed = serverEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigurationError(parsed.error.issues.map((i) => i.message).join("\n"));
  }
  const { NODE_ENV, DATABASE_URL, AUTH_SECRET, CASPIAN_DB_BACKEND } = parsed.data;
  if (!AUTH_SECRET && NODE_ENV === "production") throw new ConfigurationError(AUTH_SECRET_HELP);
  return {
    nodeEnv: NODE_ENV,
    databaseUrl: DATABASE_URL,
    authSecret: AUTH_SECRET ?? DEVELOPMENT_AUTH_SECRET,
    databaseBackend: CASPIAN_DB_BACKEND,
    courseMaintainers: courseMaintainers(env),
    trustedProxies: trustedProxies(env),
    apiRequestsPerMinute: parsed.data.RATE_LIMIT_API_PER_MINUTE,
    signUpsPerHour: parsed.data.RATE_LIMIT_SIGN_UPS_PER_HOUR,
  };
}

/** The auth secret alone (the proxy needs it but not the database). */
export function authSecret(env: NodeJS.ProcessEnv = process.env): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV === "production") throw new ConfigurationError(AUTH_SECRET_HELP);
  return DEVELOPMENT_AUTH_SECRET;
}
