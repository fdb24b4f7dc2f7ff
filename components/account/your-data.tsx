import { cardStyles } from "@/components/ui/styles";
import { DataExportLinks } from "./data-export-links";
import { DeleteAccountForm } from "./delete-account-form";

/** The "Your data" page body: take a copy of everything, or delete it all. */
export function YourData({ email }: { email: string }) {
  return (
    <div className="space-y-6">
      <section aria-labelledby="export-heading" className={cardStyles}>
        <h2 id="export-heading" className="text-lg font-semibold">
          Download your data
        </h2>
        <p className="mt-1 mb-4 max-w-2xl text-sm text-slate-600 dark:text-slate-400">
          A copy of your quiz attempts, your answers to each question, the state of every flashcard
          you have studied and the log of your reviews, in the format you choose.
        </p>
        <DataExportLinks />
      </section>

      <section
        aria-labelledby="delete-heading"
        className={`${cardStyles} border-red-200 dark:border-red-900`}
      >
        <h2 id="delete-heading" className="text-lg font-semibold text-red-700 dark:text-red-400">
          Delete my account
        </h2>
        <div className="mt-2 mb-5 max-w-2xl space-y-2 text-sm text-slate-700 dark:text-slate-300">
          <p>
            This permanently deletes your account together with all your quiz attempts, your
            answers, your flashcard states and your review logs. It cannot be undone, and nobody,
            including us, can restore them.
          </p>
          <p>
            If you are in a class, the work you handed in there (assignment attempts and the reviews
            of assigned cards) stays in your instructor&apos;s gradebook as &ldquo;Deleted
            learner&rdquo;, without your name or email address, and your instructor is told that a
            learner deleted their account.
          </p>
          <p>If you want to keep a copy, download your data first.</p>
        </div>
        <DeleteAccountForm email={email} />
      </section>
    </div>
  );
}
