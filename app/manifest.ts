import type { MetadataRoute } from "next";

/** The web app manifest (/manifest.webmanifest), with the icon of app/icon.svg. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Partnership Study",
    short_name: "Partnership",
    description:
      "Learn NATO's partnership programmes with quizzes and spaced-repetition flashcards.",
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#1f48e0",
    icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" }],
  };
}
