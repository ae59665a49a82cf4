import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { signInSchema } from "@/lib/auth/forms";
import { requestClientAddress } from "../client-address";
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
        const outcome = await verifySignIn({
          email,
          password,
          address: requestClientAddress(request.headers),
        });
        if (outcome.kind === "throttled") throw new SignInThrottled(outcome.retryAfterSeconds);
        return outcome.kind === "signed-in" ? outcome.user : null;
      },
    }),
  ],
}));
