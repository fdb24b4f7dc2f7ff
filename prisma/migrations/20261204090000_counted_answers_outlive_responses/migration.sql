-- A counted answer outlives its response: discarding an unfinished quiz deletes its responses,
-- while the practice answers it had already counted keep counting (see CountedAnswer in
-- schema.prisma).
-- DropForeignKey
ALTER TABLE "CountedAnswer" DROP CONSTRAINT "CountedAnswer_responseId_fkey";

-- AlterTable
ALTER TABLE "CountedAnswer" ALTER COLUMN "responseId" DROP NOT NULL;

-- AddForeignKey
ALTER TABLE "CountedAnswer" ADD CONSTRAINT "CountedAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "QuizResponse"("id") ON DELETE SET NULL ON UPDATE CASCADE;

