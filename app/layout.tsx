import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { homePathFor } from "@/lib/auth/routes";
import { currentUser } from "@/lib/server/session";
import { signOutAction } from "./(auth)/actions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Caspian Recall", template: "%s · Caspian Recall" },
  description: "Spaced-repetition revision for fact-heavy courses, with every answer sourced.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f8fa" },
    { media: "(prefers-color-scheme: dark)", color: "#0f1419" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href={user ? homePathFor(user.role) : "/"} className="brand">
            Caspian Recall
          </Link>
          {user ? (
            <div className="user-menu">
              <span className="user-name">
                {user.name} <span className="role-badge">{user.role}</span>
              </span>
              <Link href="/account" className="button button-quiet">
                Account
              </Link>
              <form action={signOutAction}>
                <button type="submit" className="button button-quiet">
                  Sign out
                </button>
              </form>
            </div>
          ) : (
            <nav aria-label="Account" className="user-menu">
              <Link href="/sign-in" className="button button-quiet">
                Sign in
              </Link>
            </nav>
          )}
        </header>
        <main id="main" className="page">
          {children}
        </main>
      </body>
    </html>
  );
}
