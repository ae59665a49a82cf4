import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Field } from "@/app/components/field";
import { requireRole } from "@/lib/server/session";
import { normaliseJoinCode } from "@/lib/teaching/join-code";

export const metadata: Metadata = { title: "Join a class" };

/** A plain GET form: a valid code goes on to the class's join page, which asks before joining. */
export default async function JoinPage({
  searchParams,
}: {
  searchParams: Promise<{ code?: string | string[] }>;
}) {
  await requireRole("student", "/join");
  const typed = (await searchParams).code;
  const code = typeof typed === "string" ? typed : undefined;
  const joinCode = code === undefined ? null : normaliseJoinCode(code);
  if (joinCode) redirect(`/join/${joinCode}`);
  return (
    <section className="card auth-card" aria-labelledby="join-title">
      <h1 id="join-title">Join a class</h1>
      <form method="get" action="/join" className="stack" noValidate>
        <Field
          name="code"
          label="Class code"
          hint="8 letters and digits, like ABCD-EFGH. Your teacher shows it."
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          defaultValue={code}
          errors={
            code === undefined
              ? undefined
              : ["That is not a class code: check it against your teacher's (8 characters)."]
          }
        />
        <button type="submit" className="button button-primary">
          Find the class
        </button>
      </form>
    </section>
  );
}
