import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/lib/auth/forms";

declare module "next-auth" {
  interface User {
    role: Role;
    /** users.session_version at sign-in; the cookie carries it (see session-version.ts). */
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; name: string; email: string; role: Role };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: Role;
    /** The user's session version when this cookie was issued; an older one is refused. */
    sessionVersion?: number;
  }
}

/**
 * The Auth.js configuration apart from the credentials provider (which needs the database).
 * Sessions are JWTs in an HttpOnly, SameSite=Lax cookie, marked Secure whenever the site is served
 * over HTTPS (directly or behind a proxy that sets X-Forwarded-Proto). Each cookie carries the
 * user's session version; `index.ts` refuses a cookie whose version is no longer current.
 */
export const authConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.role = user.role;
        token.name = user.name;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub && token.role) {
        session.user.id = token.sub;
        session.user.role = token.role;
      }
      return session;
    },
  },
  logger: {
    // A wrong password is an expected outcome, not a server error: keep it out of the error log.
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
} satisfies NextAuthConfig;
