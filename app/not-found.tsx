import { Link } from "@/components/ui/link";
import { buttonStyles } from "@/components/ui/styles";

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <p className="text-sm font-semibold text-brand-600 dark:text-brand-400">404</p>
      <h1 className="mt-2 text-3xl font-bold">Page not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        The page you asked for does not exist, or you cannot see it.
      </p>
      <Link href="/" className={`${buttonStyles.primary} mt-6`}>
        Go home
      </Link>
    </div>
  );
}
