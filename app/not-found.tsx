import type { Metadata } from "next";
import { NotFoundTitle } from "@/components/not-found-title";
import { Link } from "@/components/ui/link";
import { buttonStyles } from "@/components/ui/styles";
import { APP_NAME } from "@/lib/domain/app-name";

const TITLE = "Page not found";

/**
 * The tab's title for every 404, which said the app's name alone or the title of the page that
 * called notFound(): this metadata where Next renders the 404 in the page's place, and
 * NotFoundTitle where it keeps the page's own metadata (a client-side navigation).
 */
export const metadata: Metadata = { title: TITLE };

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <NotFoundTitle title={`${TITLE} · ${APP_NAME}`} />
      <p className="text-sm font-semibold text-brand-600 dark:text-brand-400">404</p>
      <h1 className="mt-2 text-3xl font-bold">Page not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        The page you asked for does not exist, or you cannot see it.
      </p>
      <Link href="/" className={`${buttonStyles.primary} mt-6`}>
        Go home
      </Link>
    </div>
  );
}
