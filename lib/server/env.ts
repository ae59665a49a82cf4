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
});

export interface ServerEnv {
  nodeEnv: "development" | "production" | "test";
  databaseUrl: string;
  authSecret: string;
  databaseBackend: "postgres" | "embedded";
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
  };
}

/** The auth secret alone (the proxy needs it but not the database). */
export function authSecret(env: NodeJS.ProcessEnv = process.env): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV === "production") throw new ConfigurationError(AUTH_SECRET_HELP);
  return DEVELOPMENT_AUTH_SECRET;
}
