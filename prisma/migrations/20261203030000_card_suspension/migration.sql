-- Cards a learner set aside (Anki's "suspend"): out of the learner's own study sessions and
-- counts until unsuspended; see CardSuspension in schema.prisma.
-- CreateTable
CREATE TABLE "CardSuspension" (
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CardSuspension_pkey" PRIMARY KEY ("userId","cardId")
);

-- AddForeignKey
ALTER TABLE "CardSuspension" ADD CONSTRAINT "CardSuspension_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

