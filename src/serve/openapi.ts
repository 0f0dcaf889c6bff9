// The HTTP API's description, from the same zod types the report and the store use.
import { z } from "zod";
import { Report, StoryListItem } from "../report/schema.js";
import { GENERATOR } from "../report/json.js";


export const ArticleRecord = z
  .object({
    id: z.string().optional(),
    url: z.string().optional(),
    title: z.string().optional(),
    outlet: z.string().optional(),
    byline: z.string().optional(),
    published: z.string().optional().describe("ISO date or timestamp"),
    language: z.string().optional(),
    text: z.string().optional(),
    html: z.string().optional(),
  })
  .describe("one article, as in a JSONL input: text or html is required");

export const IngestResponse = z.object({
  run: z.number().int(),
  added: z.number().int(),
  updated: z.number().int().describe("new versions of stored articles"),
  duplicates: z.number().int(),
  storiesChanged: z.array(z.string()),
  rejected: z.array(z.object({ source: z.string(), error: z.string() })),
});

export const ApiError = z.object({ error: z.string() });

const json = (schema: string) => ({ "application/json": { schema: { $ref: `#/components/schemas/${schema}` } } });

export function openApiDocument(): object {
  const schemas = Object.fromEntries(
    Object.entries({ Report, StoryListItem, ArticleRecord, IngestResponse, ApiError }).map(([k, v]) => {
      const { $schema: _, ...s } = z.toJSONSchema(v, { unrepresentable: "any" }) as Record<string, unknown>;
      return [k, s];
    }),
  );
  return {
    openapi: "3.1.0",
    info: { title: "sitrep", version: GENERATOR.replace(/^sitrep /, ""), description: "Stories built from many news reports of one event, every line traced to its sentence." },
    paths: {
      "/api/stories": { get: { summary: "Stories, most recently changed first", responses: { 200: { description: "the stories", content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/StoryListItem" } } } } } } } },
      "/api/stories/{id}": {
        get: {
          summary: "One story's report (contract v1: its articles and the story)",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: { 200: { description: "the report", content: json("Report") }, 404: { description: "no such story", content: json("ApiError") } },
        },
      },
      "/api/articles": {
        post: {
          summary: "Ingest articles: one record, an array of them, or { articles: [...] }",
          requestBody: { required: true, content: { "application/json": { schema: { oneOf: [{ $ref: "#/components/schemas/ArticleRecord" }, { type: "array", items: { $ref: "#/components/schemas/ArticleRecord" } }] } } } },
          responses: {
            200: { description: "what was stored and which stories changed", content: json("IngestResponse") },
            400: { description: "not JSON", content: json("ApiError") },
            413: { description: "body too large", content: json("ApiError") },
            415: { description: "not application/json", content: json("ApiError") },
            422: { description: "no record could be read", content: json("ApiError") },
          },
        },
      },
    },
    components: { schemas },
  };
}
