"use client";

import { useTheme } from "next-themes";
import { cx } from "@/components/ui/cx";
import { useHydrated } from "@/lib/client/use-hydrated";

const ORDER = ["system", "light", "dark"] as const;
const LABEL = { system: "System theme", light: "Light theme", dark: "Dark theme" } as const;
const ICON = { system: "◐", light: "☀", dark: "☾" } as const;

/** Cycles system -> light -> dark; the label says what is in force now. */
export function ThemeToggle() {
  const { theme, setTheme } = useTheme();
  // The theme is only known in the browser: the server and the first render say "system".
  const mounted = useHydrated();
  const current = (
    mounted && ORDER.includes(theme as (typeof ORDER)[number]) ? theme : "system"
  ) as (typeof ORDER)[number];
  const next = ORDER[(ORDER.indexOf(current) + 1) % ORDER.length]!;
  return (
    <button
      type="button"
      onClick={() => setTheme(next)}
      className={cx(
        "inline-flex h-9 w-9 items-center justify-center rounded-lg text-lg",
        "text-slate-600 hover:bg-slate-100 dark:text-slate-300",
        "dark:hover:bg-slate-800",
      )}
      aria-label={`${LABEL[current]} (switch to ${LABEL[next].toLowerCase()})`}
      title={`${LABEL[current]}: click for ${LABEL[next].toLowerCase()}`}
    >
      <span aria-hidden="true">{ICON[current]}</span>
    </button>
  );
}
