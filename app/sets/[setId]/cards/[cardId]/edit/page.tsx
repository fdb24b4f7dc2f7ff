import type { Metadata } from "next";
import { CustomCardForm } from "@/components/interop/custom-card-form";
import { getCustomCard } from "@/lib/server/interop/custom-cards";
import { requireSetItem } from "../../../_components/require-set-item";
import { SetItemEditLayout } from "../../../_components/set-item-edit-layout";

export const metadata: Metadata = { title: "Edit card" };

type Props = { params: Promise<{ setId: string; cardId: string }> };

export default async function EditCardPage({ params }: Props) {
  const { setId, cardId } = await params;
  const card = await requireSetItem(setId, `cards/${encodeURIComponent(cardId)}`, (caller) =>
    getCustomCard(caller, setId, cardId),
  );
  return (
    <SetItemEditLayout
      setId={setId}
      title="Edit card"
      description="Learners keep their schedule for it: a corrected wording is the same card."
      width="xl"
    >
      <CustomCardForm
        setId={setId}
        cardId={cardId}
        initial={{ front: card.front, back: card.back }}
      />
    </SetItemEditLayout>
  );
}
