// Runs in the browser: pending and error state for a button that sends one request.
import { useRef, useState } from "react";
import type { RequestResult } from "./request-json";

/**
 * The forms' conventions for a button that is not a form (archive, join by link, study, add a
 * deck): pending while the request is out (and, when success opens another page, until it
 * does), a click during it ignored, and a failure's message for one alert.
 */
export function useRequest<T>({
  onSuccess,
  leavesPage = false,
}: {
  onSuccess?: (data: T) => void | Promise<void>;
  /** Success opens another page: stay pending until it does, so nothing is sent twice. */
  leavesPage?: boolean;
} = {}) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const inFlight = useRef(false);

  async function run(send: () => Promise<RequestResult<T>>): Promise<void> {
    if (inFlight.current) return;
    inFlight.current = true;
    setPending(true);
    setError(undefined);
    let leaving = false;
    try {
      const result = await send();
      if (result.kind === "ok") {
        await onSuccess?.(result.data);
        leaving = leavesPage;
      } else setError(result.error);
    } finally {
      if (!leaving) {
        inFlight.current = false;
        setPending(false);
      }
    }
  }

  return { pending, error, run };
}
