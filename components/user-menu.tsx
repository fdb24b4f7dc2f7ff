"use client";

import { Link } from "@/components/ui/link";
import { forgetOfflineCopies } from "./forget-offline-copies";
import { useEffect, useRef, useState } from "react";
import { cx } from "@/components/ui/cx";

type Props = { name: string; email: string; role: "LEARNER" | "INSTRUCTOR" };

/** Quiz answers the server could not be reached with: signing out would delete them. */
function confirmUnsentLoss(unsent: number): boolean {
  const answers = unsent === 1 ? "1 quiz answer" : `${unsent} quiz answers`;
  return window.confirm(
    `${answers} could not be sent (no connection). Signing out deletes ` +
      `${unsent === 1 ? "it" : "them"} from this device. Sign out anyway?`,
  );
}

/** The signed-in user's menu: a disclosure button, closed by Escape or a click outside. */
export function UserMenu({ name, email, role }: Props) {
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls="user-menu-panel"
        onClick={() => setOpen((value) => !value)}
        className={cx(
          "flex items-center gap-2 rounded-full py-1 pl-1 pr-3 text-sm",
          "font-medium hover:bg-slate-100 dark:hover:bg-slate-800",
        )}
      >
        <span
          aria-hidden="true"
          className={cx(
            "flex h-8 w-8 items-center justify-center rounded-full bg-brand-600",
            "text-xs font-bold text-white",
          )}
        >
          {initials || "?"}
        </span>
        <span className="hidden max-w-[12rem] truncate sm:inline">{name}</span>
        <span className="sr-only">Account menu</span>
      </button>
      {open ? (
        <div
          id="user-menu-panel"
          className={cx(
            "absolute right-0 z-20 mt-2 w-64 rounded-xl border border-slate-200",
            "bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900",
          )}
        >
          <div className="px-3 py-2">
            <p className="truncate font-semibold">{name}</p>
            <p className="truncate text-sm text-slate-500 dark:text-slate-400">{email}</p>
            <p
              className={cx(
                "mt-1 inline-block rounded-full bg-slate-100 px-2 py-0.5 text-xs",
                "font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-300",
              )}
            >
              {role === "INSTRUCTOR" ? "Instructor" : "Learner"}
            </p>
          </div>
          <hr className="my-1 border-slate-200 dark:border-slate-700" />
          <Link
            href="/settings"
            onClick={() => setOpen(false)}
            className={cx(
              "block rounded-lg px-3 py-2 text-sm hover:bg-slate-100",
              "dark:hover:bg-slate-800",
            )}
          >
            Settings
          </Link>
          <Link
            href="/account"
            onClick={() => setOpen(false)}
            className={cx(
              "block rounded-lg px-3 py-2 text-sm hover:bg-slate-100",
              "dark:hover:bg-slate-800",
            )}
          >
            Your data
          </Link>
          <button
            type="button"
            disabled={signingOut}
            onClick={() => {
              setSigningOut(true);
              // next-auth's client is loaded on the click: every page's header holds this menu.
              void forgetOfflineCopies(confirmUnsentLoss)
                .then(async (proceed) => {
                  if (!proceed) return setSigningOut(false);
                  const { signOut } = await import("next-auth/react");
                  await signOut({ callbackUrl: "/" });
                })
                .catch(() => setSigningOut(false));
            }}
            className={cx(
              "w-full rounded-lg px-3 py-2 text-left text-sm hover:bg-slate-100",
              "disabled:opacity-60 dark:hover:bg-slate-800",
            )}
          >
            {signingOut ? "Signing out…" : "Sign out"}
          </button>
        </div>
      ) : null}
    </div>
  );
}
