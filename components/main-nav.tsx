"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { cx } from "@/components/ui/cx";

export const NAV_ITEMS = [
  { href: "/library", label: "Library" },
  { href: "/quizzes", label: "Quizzes" },
  { href: "/flashcards", label: "Flashcards" },
  { href: "/progress", label: "Progress" },
  { href: "/classes", label: "Classes" },
] as const;

export function MainNav() {
  const pathname = usePathname();
  return (
    // Wraps rather than scrolls: on a phone every section stays in sight (no hidden "Classes").
    <nav aria-label="Main" className="-mx-1">
      <ul className="flex flex-wrap gap-1 whitespace-nowrap px-1">
        {NAV_ITEMS.map((item) => {
          const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={`block rounded-lg px-3 py-2 text-sm font-medium ${
                  active
                    ? "bg-brand-50 text-brand-700 dark:bg-brand-950 dark:text-brand-200"
                    : cx(
                        "text-slate-600 hover:bg-slate-100 hover:text-slate-900",
                        "dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white",
                      )
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
