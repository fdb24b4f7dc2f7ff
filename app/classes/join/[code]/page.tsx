import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { JoinByLinkButton } from "@/components/classes/join-by-link-button";
import { JoinClassForm } from "@/components/classes/join-class-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { cardStyles, linkStyles } from "@/components/ui/styles";
import {
  formatJoinCode,
  isWellFormedJoinCode,
  normalizeJoinCode,
} from "@/lib/domain/classes/join-code";
import { requireUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Join a class" };

/**
 * Where a shared join link lands. The class's name is not shown before joining: no service
 * reveals a class to someone outside it, so a guessed code tells nobody what it opens.
 */
export default async function JoinClassPage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const code = normalizeJoinCode(raw);
  await requireUser(`/classes/join/${encodeURIComponent(code)}`);
  const wellFormed = isWellFormedJoinCode(code);

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
        {wellFormed ? (
          <>
            <p>
              Join code{" "}
              <span className="font-mono text-lg font-semibold">{formatJoinCode(code)}</span>
            </p>
            <JoinByLinkButton code={code} displayCode={formatJoinCode(code)} />
          </>
        ) : (
          <>
            <Alert tone="error">
              This join link is not valid: a join code has eight letters and digits. Check the link,
              or type the code below.
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
