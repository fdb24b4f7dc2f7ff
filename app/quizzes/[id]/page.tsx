import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { QuizPlayer } from "@/components/quiz/quiz-player";
import { requireUser } from "@/lib/server/auth/session";
import { getQuizPlayerView } from "@/lib/server/quiz/get-quiz-player-view";

export const metadata: Metadata = { title: "Quiz" };

export default async function QuizPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/quizzes/${id}`);
  const result = await getQuizPlayerView(user.id, id);
  if (result.status === "not-found") notFound();
  if (result.status === "submitted") redirect(`/quizzes/${id}/results`);
  return <QuizPlayer view={result.view} />;
}
