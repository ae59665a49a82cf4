import { z } from "zod";
import { ConfigError, type DatabaseConfig, resolveDatabaseConfig } from "@/lib/db/config";

/**
 * The one environment module: every variable the app and the CLIs read is a line of `envSchema`,
 * checked at start (`readStartEnv`, by `npm start` and `npm run db:seed`) with a message that names
 * the variable, and read at run time by the app through `readServerEnv` / `authSecret`.
 */

/** Used only outside production (`npm run dev`, tests), so a session survives a dev-server restart. */
const DEVELOPMENT_AUTH_SECRET = "caspian-recall-development-secret-do-not-use-in-production";

export class ConfigurationError extends Error {
  override name = "ConfigurationError";
}

const maintainerEmailSchema = z.email();
const proxyEntrySchema = z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]);

/** A comma-separated list, trimmed, empty entries dropped. */
function splitList(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

/** "1"/"true"/"yes" → true, "0"/"false"/"no" → false, unset or empty → undefined. */
const onOffSchema = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ["", "1", "0", "true", "false", "yes", "no"].includes(v), {
    error: "must be 1 or 0 (or true/false, yes/no)",
  })
  .transform((v) => (v === "" ? undefined : ["1", "true", "yes"].includes(v)))
  .optional();

/** An unset variable and an empty one mean the same. */
const emptyIsUnset = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A PostgreSQL server; unset → the embedded database in DATA_DIR. */
  DATABASE_URL: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        resolveDatabaseConfig({ DATABASE_URL: value });
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        ctx.addIssue({ code: "custom", message: error.message.replace(/^DATABASE_URL /, "") });
      }
    }),
  /** The embedded database's folder (default .data/pglite). */
  DATA_DIR: z.string().optional(),
  AUTH_SECRET: z.string().min(1, { error: "is empty; unset it or set a secret" }).optional(),
  PORT: z
    .string()
    .trim()
    .regex(/^\d+$/, { error: "must be a port number (1–65535)" })
    .transform(Number)
    .refine((port) => port >= 1 && port <= 65_535, { error: "must be between 1 and 65535" })
    .optional(),
  /** Demo accounts on a PostgreSQL server (or none on the embedded database with DEMO=0). */
  DEMO: onOffSchema,
  /** The folder holding the courses (default content/). */
  CONTENT_DIR: z.string().optional(),
  COURSE_MAINTAINERS: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      const invalid = splitEmails(value).filter((e) => !maintainerEmailSchema.safeParse(e).success);
      if (invalid.length > 0) {
        ctx.addIssue({
          code: "custom",
          message:
            "must be email addresses separated by commas (e.g. " +
            `COURSE_MAINTAINERS=ana@school.org,bek@school.org); not an address: ${invalid.join(", ")}.`,
        });
      }
    }),
  /** Set by `npm start` for the app: which backend DATABASE_URL points at. */
  CASPIAN_DB_BACKEND: z.enum(["postgres", "embedded"]).default("postgres"),
  /** Reverse proxies whose X-Forwarded-For is believed (see `trustedProxies`). */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      const invalid = splitList(value).filter((e) => !proxyEntrySchema.safeParse(e).success);
      if (invalid.length > 0) {
        ctx.addIssue({
          code: "custom",
          message:
            "must be IP addresses or CIDR ranges separated by commas (e.g. " +
            `TRUSTED_PROXIES=10.0.0.5,10.1.0.0/16); not one: ${invalid.join(", ")}.`,
        });
      }
    }),
  RATE_LIMIT_API_PER_MINUTE: z.coerce
    .number({ error: "RATE_LIMIT_API_PER_MINUTE must be a whole number of requests, e.g. 120." })
    .int({ error: "RATE_LIMIT_API_PER_MINUTE must be a whole number of requests, e.g. 120." })
    .positive({ error: "RATE_LIMIT_API_PER_MINUTE must be at least 1." })
    .default(120),
  /** Mail (see `readMailEnv`); an empty value means unset. */
  SMTP_URL: emptyIsUnset(
    z.url({
      protocol: /^smtps?$/,
      error: "SMTP_URL must look like smtp://USER:PASSWORD@HOST:587 (or smtps://… for port 465).",
    }),
  ),
  MAIL_FROM: emptyIsUnset(z.string().min(3, "MAIL_FROM must be an address, like Name <a@b.org>.")),
  APP_URL: emptyIsUnset(
    z.url({
      protocol: /^https?$/,
      error: "APP_URL must be the site's public address, like https://recall.school.org.",
    }),
  ),
  MAIL_OUTBOX_DIR: emptyIsUnset(z.string()),
  RATE_LIMIT_SIGN_UPS_PER_HOUR: z.coerce
    .number({ error: "RATE_LIMIT_SIGN_UPS_PER_HOUR must be a whole number of sign-ups, e.g. 60." })
    .int({ error: "RATE_LIMIT_SIGN_UPS_PER_HOUR must be a whole number of sign-ups, e.g. 60." })
    .positive({ error: "RATE_LIMIT_SIGN_UPS_PER_HOUR must be at least 1." })
    .default(60),
});

export type Env = z.infer<typeof envSchema>;

function splitEmails(value: string | undefined): string[] {
  return splitList(value).map((email) => email.toLowerCase());
}

/**
 * Every variable checked at once; throws a `ConfigurationError` with one line per bad variable
 * ("DEMO must be 1 or 0 …").
 */
export function readEnv(env: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  throw new ConfigurationError(
    parsed.error.issues
      .map((issue) => {
        const name = issue.path.join(".");
        return issue.message.startsWith(name) ? issue.message : `${name} ${issue.message}`;
      })
      .join("\n"),
  );
}

/**
 * `COURSE_MAINTAINERS=a@x.org,b@y.org`: the people who maintain the courses' content and read every
 * report about their questions. Addresses are compared in lower case; unset or empty means nobody.
 */
export function courseMaintainers(env: NodeJS.ProcessEnv = process.env): string[] {
  const { COURSE_MAINTAINERS } = readEnv({ COURSE_MAINTAINERS: env.COURSE_MAINTAINERS });
  return [...new Set(splitEmails(COURSE_MAINTAINERS))];
}

/**
 * `TRUSTED_PROXIES=10.0.0.5,10.1.0.0/16`: the reverse proxies whose X-Forwarded-For gives the
 * client's address (see lib/server/client-address.ts). Unset or empty: no proxy is trusted and the
 * client's address is the connection's.
 */
export function trustedProxies(env: NodeJS.ProcessEnv = process.env): string[] {
  return splitList(readEnv({ TRUSTED_PROXIES: env.TRUSTED_PROXIES }).TRUSTED_PROXIES);
}

/**
 * RATE_LIMIT_API_PER_MINUTE and RATE_LIMIT_SIGN_UPS_PER_HOUR alone: the request path reads them
 * without needing the database's variables (a test's database is handed in, not configured).
 */
export function rateLimitSettings(env: NodeJS.ProcessEnv = process.env): {
  apiRequestsPerMinute: number;
  signUpsPerHour: number;
} {
  const parsed = readEnv({
    RATE_LIMIT_API_PER_MINUTE: env.RATE_LIMIT_API_PER_MINUTE,
    RATE_LIMIT_SIGN_UPS_PER_HOUR: env.RATE_LIMIT_SIGN_UPS_PER_HOUR,
  });
  return {
    apiRequestsPerMinute: parsed.RATE_LIMIT_API_PER_MINUTE,
    signUpsPerHour: parsed.RATE_LIMIT_SIGN_UPS_PER_HOUR,
  };
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

const DATABASE_URL_HELP =
  "DATABASE_URL is not set. Start the app with `npm start` (it runs an embedded database when " +
  "DATABASE_URL is unset), or set DATABASE_URL=postgresql://USER:PASSWORD@HOST:PORT/DATABASE.";

/** Reads and checks the server's environment; throws a `ConfigurationError` a person can act on. */
export function readServerEnv(env: NodeJS.ProcessEnv = process.env): ServerEnv {
  const parsed = readEnv(env);
  const { NODE_ENV, DATABASE_URL, AUTH_SECRET, CASPIAN_DB_BACKEND } = parsed;
  if (!DATABASE_URL?.trim()) throw new ConfigurationError(DATABASE_URL_HELP);
  if (!AUTH_SECRET && NODE_ENV === "production") throw new ConfigurationError(AUTH_SECRET_HELP);
  return {
    nodeEnv: NODE_ENV,
    databaseUrl: DATABASE_URL,
    authSecret: AUTH_SECRET ?? DEVELOPMENT_AUTH_SECRET,
    databaseBackend: CASPIAN_DB_BACKEND,
    courseMaintainers: [...new Set(splitEmails(parsed.COURSE_MAINTAINERS))],
    trustedProxies: splitList(parsed.TRUSTED_PROXIES),
    ...rateLimitSettings(env),
  };
}

/** The auth secret alone (the proxy needs it but not the database). */
export function authSecret(env: NodeJS.ProcessEnv = process.env): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV === "production") throw new ConfigurationError(AUTH_SECRET_HELP);
  return DEVELOPMENT_AUTH_SECRET;
}

export interface StartEnv {
  database: DatabaseConfig;
  port: number;
  /** DEMO: true/false when set, undefined when not (see decideDemoData). */
  demo: boolean | undefined;
  authSecret: string | undefined;
  courseMaintainers: string[];
}

/** What `npm start` and the database CLIs read, every variable checked first. */
export function readStartEnv(env: Record<string, string | undefined> = process.env): StartEnv {
  const parsed = readEnv(env);
  return {
    database: resolveDatabaseConfig(env),
    port: parsed.PORT ?? 3000,
    demo: parsed.DEMO,
    authSecret: parsed.AUTH_SECRET,
    courseMaintainers: [...new Set(splitEmails(parsed.COURSE_MAINTAINERS))],
  };
}

// ——— Mail ————————————————————————————————————————————————————————————————————————————————————

export interface MailEnv {
  /** Unset: mails are written to the server log instead of sent. */
  smtpUrl: string | undefined;
  from: string;
  /** The origin links in mails point to, without a trailing slash. */
  appUrl: string;
  /** Tests only: each mail is written there as a JSON file, and nothing is sent. */
  outboxDir: string | undefined;
}

/**
 * SMTP_URL, MAIL_FROM, APP_URL and MAIL_OUTBOX_DIR. Links are built from APP_URL, never from the
 * request's Host header (which a client chooses, and would then choose where a reset link points).
 * Sending real mail with links to localhost helps nobody, so SMTP_URL in production needs APP_URL.
 */
export function readMailEnv(env: NodeJS.ProcessEnv = process.env): MailEnv {
  const { SMTP_URL, MAIL_FROM, APP_URL, MAIL_OUTBOX_DIR, PORT } = readEnv({
    SMTP_URL: env.SMTP_URL,
    MAIL_FROM: env.MAIL_FROM,
    APP_URL: env.APP_URL,
    MAIL_OUTBOX_DIR: env.MAIL_OUTBOX_DIR,
    PORT: env.PORT,
  });
  if (SMTP_URL && !APP_URL && env.NODE_ENV === "production") {
    throw new ConfigurationError(
      "SMTP_URL is set but APP_URL is not: set APP_URL to the site's public address " +
        "(e.g. APP_URL=https://recall.school.org) so the links in mails lead to it.",
    );
  }
  return {
    smtpUrl: SMTP_URL,
    from: MAIL_FROM ?? "Caspian Recall <no-reply@localhost>",
    appUrl: (APP_URL ?? `http://localhost:${PORT ?? 3000}`).replace(/\/+$/, ""),
    outboxDir: MAIL_OUTBOX_DIR,
  };
}
