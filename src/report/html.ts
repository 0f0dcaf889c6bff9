// The report as HTML: one self-contained file (`analyze --format html`), and the story page and
// story list the server sends. The pieces live in ./html/.
export { renderHtmlReport, renderStoryPage, renderStoryListPage, storyListItem, byActivity, cspFor, PAGE_CSP } from "./html/page.js";
export type { StoryListItem, PageOptions, Page } from "./html/page.js";
export { html, raw, escapeHtml, safeUrl, jsonIsland, Html } from "./html/template.js";
