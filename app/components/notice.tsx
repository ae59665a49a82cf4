import { ROLE_NOTICES } from "@/lib/auth/routes";

/** The message a role redirect carries in `?notice=`; unknown notices show nothing. */
export function Notice({ code }: { code?: string }) {
  const text = code ? ROLE_NOTICES[code] : undefined;
  if (!text) return null;
  return (
    <p role="status" className="alert alert-info">
      {text}
    </p>
  );
}
