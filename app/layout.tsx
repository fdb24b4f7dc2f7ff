import type { Metadata } from "next";
import { headers } from "next/headers";
import { Suspense, type ReactNode } from "react";
import { FocusAfterNavigation } from "@/components/focus-after-navigation";
import { ServiceWorkerRegistration } from "@/components/service-worker-registration";
import { SiteHeader } from "@/components/site-header";
import { APP_NAME } from "@/lib/domain/app-name";
import { ThemeProvider } from "@/components/theme-provider";
import { getCurrentUser } from "@/lib/server/auth/session";
import { isDatabaseUnavailable } from "@/lib/server/http/database-unavailable";
import "./globals.css";
import { cx } from "@/components/ui/cx";

export const metadata: Metadata = {
  title: { default: APP_NAME, template: `%s · ${APP_NAME}` },
  description: "Learn NATO's partnership programmes with quizzes and spaced-repetition flashcards.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // With the database away the header shows no account, and the page's own error (app/error.tsx)
  // explains; the layout itself must not fail, or there is nothing left to show it in.
  const user = await getCurrentUser().catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  });
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <body className="min-h-screen">
        <ThemeProvider nonce={nonce}>
          <a
            href="#main"
            className={cx(
              "sr-only focus:not-sr-only focus:fixed focus:left-4 focus:top-4",
              "focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-2",
              "focus:shadow dark:focus:bg-slate-900",
            )}
          >
            Skip to content
          </a>
          <SiteHeader user={user} />
          {/* Every form and study page runs in the page's script; say so when it cannot run. */}
          <noscript>
            <p
              className={cx(
                "mx-auto mt-4 max-w-6xl rounded-lg border border-amber-300 bg-amber-50 px-4",
                "py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/60",
                "dark:text-amber-100",
              )}
            >
              This app needs JavaScript: turn it on to sign in, study and take quizzes. The library
              can be read without it.
            </p>
          </noscript>
          <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-10">
            {children}
          </main>
          <FocusAfterNavigation />
          <Suspense>
            <ServiceWorkerRegistration />
          </Suspense>
        </ThemeProvider>
      </body>
    </html>
  );
}
