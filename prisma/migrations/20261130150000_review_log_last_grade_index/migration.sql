-- A card's last grade (mastery, lib/server/progress/mastery-rows.ts) is the first row of this
-- index in its own order (review, then id, both descending): one probe per card. With the older
-- (userId, cardId, review) index the tie-break on id needed a sort, and on a large ReviewLog the
-- planner sometimes read the learner's whole history through (userId, review) instead
-- (mastery-rows.test.ts saw 2,253 rows read for 3 cards).
-- DropIndex
DROP INDEX "ReviewLog_userId_cardId_review_idx";

-- CreateIndex
CREATE INDEX "ReviewLog_userId_cardId_review_id_idx" ON "ReviewLog"("userId", "cardId", "review" DESC, "id" DESC);

