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

export interface ServerEnv {
  nodeEnv: "development" | "production" | "test";
  databaseUrl: string;
  authSecret: string;
  databaseBackend: "postgres" | "embedded";
  /** Lower-case emails from COURSE_MAINTAINERS (see `courseMaintainers`). */
  courseMaintainers: string[];
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
  };
}

/** The auth secret alone (the proxy needs it but not the database). */
export function authSecret(env: NodeJS.ProcessEnv = process.env): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV === "production") throw new ConfigurationError(AUTH_SECRET_HELP);
  return DEVELOPMENT_AUTH_SECRET;
}

// ——— Mail ————————————————————————————————————————————————————————————————————————————————————

/** An unset variable and an empty one mean the same. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const mailEnvSchema = z.object({
  SMTP_URL: optional(
    z.url({
      protocol: /^smtps?$/,
      error: "SMTP_URL must look like smtp://USER:PASSWORD@HOST:587 (or smtps://… for port 465).",
    }),
  ),
  MAIL_FROM: optional(z.string().min(3, "MAIL_FROM must be an address, like Name <a@b.org>.")),
  APP_URL: optional(
    z.url({
      protocol: /^https?$/,
      error: "APP_URL must be the site's public address, like https://recall.school.org.",
    }),
  ),
  MAIL_OUTBOX_DIR: optional(z.string()),
  PORT: optional(z.string()),
});

export interface MailEnv {
  /** Unset: mails are written to the server log instead of sent. */
  smtpUrl: string | undefined;
  from: string;
  /** The origin links in mails point to, without a trailing slash. */
  appUrl: string;
  /** Tests only: each mail is also written there as a JSON file, and nothing is sent. */
  outboxDir: string | undefined;
}

/**
 * SMTP_URL, MAIL_FROM, APP_URL and MAIL_OUTBOX_DIR. Links are built from APP_URL, never from the
 * request's Host header (which a client chooses, and would then choose where a reset link points).
 * Sending real mail with links to localhost helps nobody, so SMTP_URL in production needs APP_URL.
 */
export function readMailEnv(env: NodeJS.ProcessEnv = process.env): MailEnv {
  const parsed = mailEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigurationError(parsed.error.issues.map((i) => i.message).join("\n"));
  }
  const { SMTP_URL, MAIL_FROM, APP_URL, MAIL_OUTBOX_DIR, PORT } = parsed.data;
  if (SMTP_URL && !APP_URL && env.NODE_ENV === "production") {
    throw new ConfigurationError(
      "SMTP_URL is set but APP_URL is not: set APP_URL to the site's public address " +
        "(e.g. APP_URL=https://recall.school.org) so the links in mails lead to it.",
    );
  }
  return {
    smtpUrl: SMTP_URL,
    from: MAIL_FROM ?? "Caspian Recall <no-reply@localhost>",
    appUrl: (APP_URL ?? `http://localhost:${PORT ?? "3000"}`).replace(/\/+$/, ""),
    outboxDir: MAIL_OUTBOX_DIR,
  };
}
