// Series colours chosen to keep at least 3:1 contrast against both the light card (white) and
// the dark card (slate-900), so one palette serves both themes. Axes and grid lines use
// currentColor instead, which follows the theme through CSS.
export const CHART_COLOURS = {
  answers: "#3366f5", // brand-500
  reviews: "#0d9488", // teal-600
  due: "#d97706", // amber-600
} as const;
