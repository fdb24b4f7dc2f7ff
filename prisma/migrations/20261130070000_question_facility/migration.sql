-- Facility per question: learners who answered it, and how many of their first answers were
-- fully right (issue 11, item 9).
CREATE TABLE "QuestionFacility" (
    "questionId" TEXT NOT NULL,
    "learners" INTEGER NOT NULL DEFAULT 0,
    "firstRight" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QuestionFacility_pkey" PRIMARY KEY ("questionId")
);

-- Backfill from the answers counted so far: each learner's first counted answer (lowest seq)
-- to each question.
INSERT INTO "QuestionFacility" ("questionId", "learners", "firstRight", "updatedAt")
SELECT "questionId", count(*)::int, (count(*) FILTER (WHERE "score" >= 1))::int, now()
FROM (
    SELECT DISTINCT ON ("userId", "questionId") "questionId", "score"
    FROM "CountedAnswer"
    ORDER BY "userId", "questionId", "seq"
) AS first_answers
GROUP BY "questionId";
