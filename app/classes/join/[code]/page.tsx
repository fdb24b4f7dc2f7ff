import type { Metadata } from "next";
import { headers } from "next/headers";
import { Link } from "@/components/ui/link";
import { JoinByLinkButton } from "@/components/classes/join-by-link-button";
import { JoinClassForm } from "@/components/classes/join-class-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { buttonStyles, cardStyles, linkStyles } from "@/components/ui/styles";
import {
  formatJoinCode,
  isWellFormedJoinCode,
  normalizeJoinCode,
} from "@/lib/domain/classes/join-code";
import { requireUser } from "@/lib/server/auth/session";
import { getClassByJoinCode } from "@/lib/server/classes/get-class-by-join-code";
import { clientAddressOf } from "@/lib/server/http/client-address";

export const metadata: Metadata = { title: "Join a class" };

/**
 * Where a shared join link lands: it names the class and its instructor before the learner
 * joins (what joining would tell them anyway; a wrong code counts against the join-code limit,
 * see getClassByJoinCode), then joins with one button.
 */
export default async function JoinClassPage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const code = normalizeJoinCode(raw);
  const user = await requireUser(`/classes/join/${encodeURIComponent(code)}`);
  // A malformed code is told from the link alone, without a look-up that would count it.
  const found = isWellFormedJoinCode(code)
    ? await getClassByJoinCode(
        { id: user.id, role: user.role },
        code,
        clientAddressOf(await headers()),
      )
    : null;

  return (
    <>
      <PageHeader
        title="Join a class"
        description={
          "Your instructor shared this link so you can join their class " +
          "and see its assignments."
        }
      />
      <div className={`${cardStyles} max-w-xl space-y-4`}>
        {found?.ok ? (
          <>
            <div>
              <h2 className="text-xl font-semibold break-words">{found.data.name}</h2>
              <p className="text-slate-600 dark:text-slate-400">
                Taught by {found.data.instructorName} · join code{" "}
                <span className="font-mono">{formatJoinCode(code)}</span>
              </p>
            </div>
            {found.data.caller === "outsider" ? (
              <JoinByLinkButton code={code} name={found.data.name} />
            ) : found.data.caller === "member" ? (
              <>
                <Alert>You are already in this class.</Alert>
                <Link href="/assignments" className={buttonStyles.primary}>
                  Your assignments
                </Link>
              </>
            ) : (
              <>
                <Alert>
                  You teach this class: share this link with your learners. You cannot join it
                  yourself.
                </Alert>
                <Link href="/classes" className={buttonStyles.primary}>
                  Your classes
                </Link>
              </>
            )}
          </>
        ) : (
          <>
            <Alert tone="error">
              {found === null
                ? "This join link is not valid: a join code has eight letters and digits. " +
                  "Check the link, or type the code below."
                : found.code === "rate_limited"
                  ? found.error
                  : "No class has this link's join code: the code may have been changed or the " +
                    "class archived. Ask your instructor for the current link, or type the code " +
                    "below."}
            </Alert>
            <JoinClassForm />
          </>
        )}
      </div>
      <p className="mt-6 text-sm">
        <Link href="/classes" className={linkStyles}>
          Back to your classes
        </Link>
      </p>
    </>
  );
}
