import { createSerwistRoute } from "@serwist/turbopack";

// The service worker and its source map, built with esbuild when the app is built.
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute(
  { swSrc: "lib/service-worker/sw.ts", useNativeEsbuild: true },
);
