import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The app's link: `next/link` (client-side navigation) without prefetching. Next prefetches a
 * dynamic route only down to its nearest `loading.js`, and this app has none, so a prefetch
 * brought nothing a click could use; yet each link in view sent two requests, each running the
 * proxy's session check and the root layout's. /library sent 16 with a phone's first screen;
 * without them the server's CPU a view of it fell from 208-264 ms to 52-87 ms (README,
 * "Performance"). A click fetches the page as it did before, client-side.
 * `eslint.config.mjs` keeps `next/link` out of other files.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
