import type { Metadata } from "next";
import { YourData } from "@/components/account/your-data";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Your data" };

export default async function AccountPage() {
  const user = await requireUser("/account");
  return (
    <>
      <PageHeader
        title="Your data"
        description={`Download or delete everything stored for ${user.email}.`}
      />
      <YourData email={user.email} />
    </>
  );
}
