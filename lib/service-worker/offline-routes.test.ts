// Which pages the service worker keeps for offline use, and which requests it leaves alone.
import { describe, expect, test } from "vitest";
import { isOfflinePage, isPageRequest, mustAskToKeep } from "./offline-routes";

const origin = "https://study.example";
const at = (path: string, base = origin) => new URL(path, base);

describe("isOfflinePage", () => {
  test.each([
    ["/", true],
    ["/library", true],
    ["/library/pfp", true],
    ["/flashcards/study", true],
    ["/flashcards/study?deck=pfp", true],
    ["/quizzes/ckx123", true],
    ["/quizzes/new", false],
    ["/quizzes", false],
    ["/quizzes/ckx123/results", false],
    ["/progress", false],
    ["/settings", false],
    ["/api/flashcards/session", false],
    ["/libraryx", false],
  ])("%s: %s", (path, kept) => {
    expect(isOfflinePage(at(path), origin)).toBe(kept);
  });

  test("another origin is never kept", () => {
    expect(isOfflinePage(at("/library", "https://elsewhere.example"), origin)).toBe(false);
  });
});

describe("isPageRequest", () => {
  const request = (method: string, mode: string, headers: Record<string, string> = {}) => ({
    method,
    mode,
    headers: new Headers(headers),
  });

  test("navigations and our own 'keep this page' fetches are page requests", () => {
    expect(isPageRequest(request("GET", "navigate"))).toBe(true);
    expect(isPageRequest(request("GET", "cors", { Accept: "text/html" }))).toBe(true);
  });

  test("RSC payloads, JSON and writes are not", () => {
    expect(isPageRequest(request("GET", "cors", { RSC: "1", Accept: "text/html" }))).toBe(false);
    expect(isPageRequest(request("GET", "cors", { Accept: "application/json" }))).toBe(false);
    expect(isPageRequest(request("POST", "navigate"))).toBe(false);
  });
});

describe("mustAskToKeep", () => {
  test.each([
    // A document the worker served went through its network-first route: kept already.
    [true, true, false],
    // The first visit, before the worker took control: nothing kept it.
    [true, false, true],
    // Client-side navigations fetch no HTML, controlled or not.
    [false, true, true],
    [false, false, true],
  ])("first render %s, controlled %s: ask %s", (firstRender, controlled, ask) => {
    expect(mustAskToKeep({ firstRender, controlled })).toBe(ask);
  });
});
