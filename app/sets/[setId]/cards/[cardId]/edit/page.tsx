import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CustomCardForm } from "@/components/interop/custom-card-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/server/auth/session";
import { getCustomCard } from "@/lib/server/interop/custom-cards";

export const metadata: Metadata = { title: "Edit card" };

type Props = { params: Promise<{ setId: string; cardId: string }> };

export default async function EditCardPage({ params }: Props) {
  const { setId, cardId } = await params;
  const user = await requireUser(
    `/sets/${encodeURIComponent(setId)}/cards/${encodeURIComponent(cardId)}/edit`,
  );
  const result = await getCustomCard({ id: user.id, role: user.role }, setId, cardId);
  if (!result.ok) notFound();
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-slate-500 dark:text-slate-400">
        <Link href={`/sets/${encodeURIComponent(setId)}`} className="hover:underline">
          Back to the set
        </Link>
      </nav>
      <PageHeader
        title="Edit card"
        description="Learners keep their schedule for it: a corrected wording is the same card."
      />
      <div className="max-w-xl">
        <CustomCardForm
          setId={setId}
          cardId={cardId}
          initial={{ front: result.data.front, back: result.data.back }}
        />
      </div>
    </>
  );
}
