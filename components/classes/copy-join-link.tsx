"use client";

import { useRef, useState } from "react";
import { buttonStyles, inputStyles } from "@/components/ui/styles";

/**
 * The join link in a read-only field with a copy button. Where the clipboard is unavailable
 * (plain http, a refused permission) the link is selected instead, ready for Ctrl+C.
 */
export function CopyJoinLink({ url }: { url: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setMessage("Join link copied.");
    } catch {
      input.current?.select();
      setMessage("Copying is blocked here: the link is selected, press Ctrl+C (⌘C) to copy it.");
    }
  }

  return (
    <div className="space-y-1.5">
      <label htmlFor="join-link" className="block text-sm font-medium">
        Join link
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id="join-link"
          ref={input}
          readOnly
          value={url}
          className={`${inputStyles} font-mono`}
          onFocus={(e) => e.target.select()}
        />
        <button type="button" onClick={copy} className={`${buttonStyles.secondary} shrink-0`}>
          Copy join link
        </button>
      </div>
      <p role="status" className="min-h-5 text-sm text-slate-600 dark:text-slate-400">
        {message}
      </p>
    </div>
  );
}
