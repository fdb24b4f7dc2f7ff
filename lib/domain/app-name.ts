/** The app's name, as the header, the page titles and its email show it. */
export const APP_NAME = "Partnership Study";
