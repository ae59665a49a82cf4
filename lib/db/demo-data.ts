/** Whether start writes the demo accounts (with their published passwords), and why. */
export type DemoDataDecision = { seed: boolean; reason: string };

/**
 * Demo data only in demo mode: the embedded database by default (a local first look), a PostgreSQL
 * server only when asked for by `--demo` or `DEMO=1`; `DEMO=0` turns it off everywhere.
 * `requested` is the flag or DEMO, undefined when neither was given.
 */
export function decideDemoData(options: {
  backend: "postgres" | "embedded";
  requested: boolean | undefined;
}): DemoDataDecision {
  const { backend, requested } = options;
  if (requested === false) return { seed: false, reason: "DEMO=0" };
  if (requested === true) return { seed: true, reason: "asked for by --demo or DEMO=1" };
  if (backend === "embedded") return { seed: true, reason: "the embedded database's default" };
  return {
    seed: false,
    reason:
      "a PostgreSQL server gets no demo accounts unless asked: start with --demo or DEMO=1, " +
      "or run `npm run db:seed`",
  };
}
