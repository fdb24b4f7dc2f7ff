import { Link } from "@/components/ui/link";
import { MainNav } from "./main-nav";
import { StickyHeaderOffset } from "./sticky-header-offset";
import { ThemeToggle } from "./theme-toggle";
import { buttonStyles } from "./ui/styles";
import { UserMenu } from "./user-menu";
import { cx } from "@/components/ui/cx";
import { APP_NAME } from "@/lib/domain/app-name";

type Props = { user: { name: string; email: string; role: "LEARNER" | "INSTRUCTOR" } | null };

const HEADER_ID = "site-header";

/**
 * The site's header: sticky from `sm` up. On a phone it scrolls away with the page: with the
 * navigation wrapped it is some 150 px tall, a fifth of the screen, and everything keyboard
 * focus reached near the top went under it. Where it is sticky, StickyHeaderOffset keeps the
 * page's scroll padding as tall as it. Above the sticky cells of wide tables (the gradebook's
 * learner column), which would otherwise slide over it.
 */
export function SiteHeader({ user }: Props) {
  return (
    <header
      id={HEADER_ID}
      className={cx(
        "top-0 z-20 border-b border-slate-200 bg-white/90 backdrop-blur sm:sticky",
        "dark:border-slate-800 dark:bg-slate-950/90",
      )}
    >
      <StickyHeaderOffset headerId={HEADER_ID} />
      <div
        className={cx(
          "mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4",
          "py-3 sm:px-6",
        )}
      >
        <Link href="/" className="flex items-center gap-2 font-bold tracking-tight">
          <span
            aria-hidden="true"
            className="flex h-8 w-8 items-center justify-center rounded-lg bg-brand-600 text-white"
          >
            ✦
          </span>
          <span>{APP_NAME}</span>
        </Link>
        <div className="order-3 w-full sm:order-none sm:w-auto sm:flex-1">
          <MainNav />
        </div>
        <div className="ml-auto flex items-center gap-2">
          <ThemeToggle />
          {user ? (
            <UserMenu name={user.name} email={user.email} role={user.role} />
          ) : (
            <>
              <Link href="/signin" className={buttonStyles.ghost}>
                Sign in
              </Link>
              <Link href="/signup" className={buttonStyles.primary}>
                Sign up
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
