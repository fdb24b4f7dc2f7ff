/**
 * Where keyboard and screen-reader focus goes when what held it leaves the page: a client-side
 * navigation away from the link or button that was used, or a list item removed by the action
 * of its own button. Left alone, focus falls to <body>, and the next Tab starts again from the
 * top of the page without a word said. The page's main heading says where the user now is.
 */

/** Focus is nowhere in particular: on <body>, or on nothing. */
export function focusIsLost(doc: Document = document): boolean {
  return doc.activeElement === null || doc.activeElement === doc.body;
}

/**
 * Moves focus to the main content's first heading, made focusable by script only (tabindex -1:
 * never a Tab stop). Returns whether it took focus.
 */
export function focusMainHeading(doc: Document = document): boolean {
  const heading = doc.querySelector<HTMLElement>("#main h1");
  if (!heading) return false;
  if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
  heading.focus({ preventScroll: true });
  return doc.activeElement === heading;
}

/**
 * For a button whose action removes it from the page once the page's data is read again
 * (`router.refresh()`, which gives no sign when it is done): as soon as `control` has left the
 * document, focus the main heading, unless something else has taken focus meanwhile. Gives up
 * after `timeoutMs`.
 */
export function focusHeadingWhenGone(control: Element | null, timeoutMs = 10_000): void {
  if (!control) return;
  const until = Date.now() + timeoutMs;
  const check = () => {
    if (!control.isConnected) {
      if (focusIsLost()) focusMainHeading();
    } else if (Date.now() < until) setTimeout(check, 50);
  };
  setTimeout(check, 50);
}
