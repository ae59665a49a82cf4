import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { signInSchema } from "@/lib/auth/forms";
import { authSecret } from "../env";
import { authConfig } from "./config";
import { verifySignIn } from "./verify-sign-in";

/** Thrown from `authorize` while an account or address is throttled; `code` carries the wait. */
export class SignInThrottled extends CredentialsSignin {
  constructor(readonly retryAfterSeconds: number) {
    super();
    this.code = `throttled:${retryAfterSeconds}`;
  }
}

/** The client's address as the proxy in front of us reports it (first hop), for per-IP throttling. */
function clientIp(request: Request): string | null {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip") || null;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: authSecret(),
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const outcome = await verifySignIn({ email, password, address: clientIp(request) });
        if (outcome.kind === "throttled") throw new SignInThrottled(outcome.retryAfterSeconds);
        return outcome.kind === "signed-in" ? outcome.user : null;
      },
    }),
  ],
}));
