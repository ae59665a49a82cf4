import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { signInSchema } from "@/lib/auth/forms";
import { requestClientAddress } from "../client-address";
import { getAccount } from "../data/users/get-account";
import { authSecret } from "../env";
import { authConfig } from "./config";
import { isSessionCurrent, revokeSessions } from "./session-version";
import { verifySignIn } from "./verify-sign-in";

/** Thrown from `authorize` while an account or address is throttled; `code` carries the wait. */
export class SignInThrottled extends CredentialsSignin {
  constructor(readonly retryAfterSeconds: number) {
    super();
    this.code = `throttled:${retryAfterSeconds}`;
  }
}

export const {
  handlers,
  auth,
  signIn,
  signOut,
  unstable_update: refreshSession,
} = NextAuth(() => ({
  ...authConfig,
  secret: authSecret(),
  callbacks: {
    ...authConfig.callbacks,
    /**
     * A cookie of a revoked session (signed out, password changed) or of a deleted user gives no
     * session: pages and server actions (`auth()`) see nobody. Checked against the per-process
     * cache of session versions, so not a query per request (see session-version.ts).
     */
    async jwt(params) {
      const token = authConfig.callbacks.jwt(params);
      if (params.user) return token; // just signed in: the version was read with the password
      if (!token.sub || !(await isSessionCurrent(token.sub, token.sessionVersion))) return null;
      // `refreshSession()` after a change of name: re-read it. The data a client may send with an
      // update is ignored; only the database says what the cookie holds.
      if (params.trigger === "update") {
        const account = await getAccount({ userId: token.sub });
        if (!account) return null;
        token.name = account.name;
      }
      return token;
    },
  },
  events: {
    /** Sign-out ends the session everywhere: every cookie of this version is refused from now on. */
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.sub && typeof token.sessionVersion === "number") {
        await revokeSessions({ userId: token.sub, fromVersion: token.sessionVersion });
      }
    },
  },
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
