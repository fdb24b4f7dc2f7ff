/**
 * An email address in a narrow table cell: it may break before the "@" and nowhere else. With
 * `break-all` a cell of a phone-width table cut it anywhere ("teach-w / alker5@ / exampl /
 * e.test"), and the hyphen of a local part is a break too; kept whole it could make a learner's
 * column (sticky in the gradebook) half the screen.
 */
export function EmailAddress({ email }: { email: string }) {
  const at = email.lastIndexOf("@");
  if (at <= 0) return <span className="whitespace-nowrap">{email}</span>;
  return (
    <>
      <span className="whitespace-nowrap">{email.slice(0, at)}</span>
      <wbr />
      <span className="whitespace-nowrap">{email.slice(at)}</span>
    </>
  );
}
