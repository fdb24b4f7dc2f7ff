import { Link } from "@/components/ui/link";
import { InstructorHome } from "@/components/home/instructor-home";
import { OpenAssignments } from "@/components/home/open-assignments";
import { HomeSummary } from "@/components/progress/home-summary";
import { Alert } from "@/components/ui/alert";
import { cx } from "@/components/ui/cx";
import { cardStyles, buttonStyles } from "@/components/ui/styles";
import { getCurrentUser } from "@/lib/server/auth/session";
import { getInstructorHome } from "@/lib/server/classes/get-instructor-home";
import { getLearnerHome } from "@/lib/server/progress/get-learner-home";
import { nameAttempt } from "@/lib/domain/quiz/name-attempt";

const SECTIONS = [
  {
    href: "/library",
    title: "Library",
    text: "Read each partnership programme's facts, with the passage each one comes from.",
  },
  {
    href: "/quizzes",
    title: "Quizzes",
    text: "Test yourself with questions generated from the programme content.",
  },
  {
    href: "/flashcards",
    title: "Flashcards",
    text: "Review cards on a spaced-repetition schedule that adapts to your memory.",
  },
  {
    href: "/progress",
    title: "Progress",
    text: "See what you know, what is weak and what is due.",
  },
  {
    href: "/classes",
    title: "Classes",
    text: "Join your instructor's class, or run your own as an instructor.",
  },
] as const;

export default async function HomePage() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <div className="space-y-12">
        <section className="py-8 text-center sm:py-16">
          <h1 className="text-4xl font-extrabold tracking-tight sm:text-5xl">
            Learn NATO&apos;s partnership programmes
          </h1>
          <p className="mx-auto mt-4 max-w-2xl text-lg text-slate-600 dark:text-slate-400">
            From the Partnership for Peace to dialogues with countries across the globe: quizzes and
            flashcards built from sourced facts, scheduled so you remember them.
          </p>
          <div className="mt-8 flex flex-wrap justify-center gap-3">
            <Link href="/signup" className={buttonStyles.primary}>
              Create a free account
            </Link>
            <Link href="/library" className={buttonStyles.secondary}>
              Browse the library
            </Link>
          </div>
        </section>
        <SectionGrid />
      </div>
    );
  }
  const now = new Date();
  if (user.role === "INSTRUCTOR") {
    const home = await getInstructorHome({ id: user.id, role: user.role }, now);
    return (
      <div className="space-y-8">
        <div>
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Welcome, {user.name}</h1>
          <p className="mt-2 text-slate-600 dark:text-slate-400">
            Build sets from the content and follow how your classes do.
          </p>
        </div>
        {home.ok ? (
          <InstructorHome data={home.data} timeZone={user.timeZone} />
        ) : (
          <Alert tone="error">{home.error}</Alert>
        )}
        <SectionGrid />
      </div>
    );
  }
  const { flashcards, open, topics, assignments } = await getLearnerHome(user, now);
  const openAssignments = (assignments.ok ? assignments.data : [])
    .filter((a) => a.status === "to-do" || a.status === "late")
    .map((a) => ({
      id: a.id,
      className: a.className,
      setName: a.set.name,
      dueAt: a.dueAt,
      late: a.status === "late",
    }));
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Welcome, {user.name}</h1>
        <p className="mt-2 text-slate-600 dark:text-slate-400">
          Pick up a quiz, review your flashcards, or explore the library.
        </p>
      </div>
      <HomeSummary
        flashcards={flashcards}
        unfinished={
          open
            ? {
                id: open.id,
                answered: open.answered,
                questions: open.questions,
                mode: open.mode,
                name: nameAttempt(open.coverage, open.startedAt, user.timeZone, now),
              }
            : null
        }
        topics={topics}
      />
      <OpenAssignments items={openAssignments} timeZone={user.timeZone} />
      <SectionGrid />
    </div>
  );
}

function SectionGrid() {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {SECTIONS.map((section) => (
        <li key={section.href}>
          <Link
            href={section.href}
            className={cx(
              cardStyles,
              "block h-full transition hover:border-brand-400 hover:shadow-md",
            )}
          >
            <h2 className="font-semibold">{section.title}</h2>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{section.text}</p>
          </Link>
        </li>
      ))}
    </ul>
  );
}
