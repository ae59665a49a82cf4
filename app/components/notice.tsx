import { ROLE_NOTICES } from "@/lib/auth/routes";

/**
 * The message a `?notice=` code stands for (by default a role redirect's; a page may pass its
 * own), as a status line; an unknown code shows nothing.
 */
export function Notice({
  code,
  messages = ROLE_NOTICES,
}: {
  code?: string;
  messages?: Readonly<Record<string, string>>;
}) {
  const text = code ? messages[code] : undefined;
  if (!text) return null;
  return (
    <p role="status" className="alert alert-info">
      {text}
    </p>
  );
}
