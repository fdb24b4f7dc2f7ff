-- CreateTable
CREATE TABLE "CountedAnswer" (
    "seq" BIGSERIAL NOT NULL,
    "userId" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "answeredAt" TIMESTAMP(3) NOT NULL,
    "countedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CountedAnswer_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE UNIQUE INDEX "CountedAnswer_responseId_key" ON "CountedAnswer"("responseId");

-- CreateIndex
CREATE INDEX "CountedAnswer_userId_seq_idx" ON "CountedAnswer"("userId", "seq");

-- AddForeignKey
ALTER TABLE "CountedAnswer" ADD CONSTRAINT "CountedAnswer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CountedAnswer" ADD CONSTRAINT "CountedAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "QuizResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Backfill: every answer that already counted (practice answers, answers of submitted
-- exams), in the order it was counted then (practice when answered, exams when submitted).
INSERT INTO "CountedAnswer"
  ("userId", "responseId", "questionId", "programmeId", score, "answeredAt", "countedAt")
SELECT r."userId", r.id, r."questionId", r."programmeId", r.score, r."answeredAt",
  CASE WHEN a.mode = 'PRACTICE' THEN r."answeredAt" ELSE COALESCE(a."submittedAt", r."answeredAt") END
FROM "QuizResponse" r JOIN "QuizAttempt" a ON a.id = r."attemptId"
WHERE a.mode = 'PRACTICE' OR a.status = 'SUBMITTED'
ORDER BY 7, r."answeredAt", r.id;
