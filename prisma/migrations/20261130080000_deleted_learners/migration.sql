-- A learner in a class who deletes the account is anonymised, not removed (issue 13, point 10).
ALTER TABLE "User" ADD COLUMN "deletedAt" TIMESTAMP(3);
