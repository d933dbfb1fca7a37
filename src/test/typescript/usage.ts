// A front end's and a bot's use of the API, typed only by what openapi-typescript generates from openapi/openapi.yaml
// (generated/cablegate-api.ts, written by check.sh). `tsc --strict` compiles it in `mvn verify`: a field the spec stops
// requiring, an enum that becomes a plain string, or a shape that becomes `unknown` fails the build here. Never run.
import type { components, operations, paths } from "./generated/cablegate-api";

type Schemas = components["schemas"];
type Cable = Schemas["CableDetail"];
type Paragraph = Schemas["Paragraph"];
type Fact = Schemas["Fact"];
type FactPage = Schemas["FactPage"];
type Snippet = Schemas["Snippet"];
type SnippetThread = Schemas["SnippetThread"];
type CablePage = Schemas["CablePage"];
type Problem = Schemas["Problem"];

/** The JSON body of an operation's answer with this status. */
type Answer<Op extends keyof operations, Status extends keyof operations[Op]["responses"]> =
    operations[Op]["responses"][Status] extends { content: { "application/json": infer Body } } ? Body : never;
type ProblemAnswer<Op extends keyof operations, Status extends keyof operations[Op]["responses"]> =
    operations[Op]["responses"][Status] extends { content: { "application/problem+json": infer Body } } ? Body : never;

// Each operation answers the shape the components name, not an anonymous copy or `unknown`.
const cableAnswer = (body: Answer<"getCable", 200>): Cable => body;
const paragraphAnswer = (body: Answer<"getParagraph", 200>): Paragraph => body;
const searchAnswer = (body: Answer<"listCables", 200>): CablePage => body;
const factsAnswer = (body: Answer<"listFacts", 200>): FactPage => body;
const threadAnswer = (body: Answer<"getParagraphThread", 200>): SnippetThread => body;
const notFound = (body: ProblemAnswer<"getCable", 404>): Problem => body;

type SearchQuery = NonNullable<operations["listCables"]["parameters"]["query"]>;

/** Search, then follow `next` until the last page: the cursor is typed as a string or null, never absent. */
async function* searchAll(base: string, q: string): AsyncGenerator<Schemas["CableSummary"]> {
    let cursor: string | null = null;
    do {
        const query: SearchQuery = { q, limit: 20, sort: "relevance", ...(cursor === null ? {} : { cursor }) };
        const url = `${base}/api/v1/cables?${new URLSearchParams(query as Record<string, string>)}`;
        const page = searchAnswer(await (await fetch(url)).json());
        for (const hit of page.items) {
            const best = hit.matches?.[0];
            yield { ...hit, subject: hit.subject ?? best?.excerpt ?? hit.refId };
        }
        if (page.facets) {
            const years: number = page.facets.year.reduce((sum, f) => sum + f.count, 0);
            console.log(`${page.total ?? years} cables, ${page.facets.origin.length} origins`);
        }
        cursor = page.next;
    } while (cursor !== null);
}

/** A cable's title line: every member read here is required by the spec, so no `?.` is needed. */
function cableTitle(cable: Cable): string {
    const secret: boolean = cable.classification.startsWith("SECRET");
    const subject: string = cable.subject ?? "(no subject)";
    return `${cable.refId} ${cable.origin} ${cable.created} ${secret ? "[S]" : ""} ${subject} ` +
        `(${cable.paragraphs.length} of ${cable.paragraphCount} paragraphs, cites ${cable.references.length})`;
}

/** A paragraph with its facts underlined: offsets are numbers into `text`. */
function underline(paragraph: Paragraph, facts: readonly Fact[]): string {
    let out = "";
    let at = 0;
    for (const fact of facts) {
        out += paragraph.text.slice(at, fact.start) + "_" + paragraph.text.slice(fact.start, fact.end) + "_";
        at = fact.end;
    }
    return `¶${paragraph.n} ${out}${paragraph.text.slice(at)} ${paragraph.permalink}`;
}

function describeFact(fact: Fact): string {
    switch (fact.type) {
        case "money": return `${fact.value ?? fact.valueMin} ${fact.currency ?? ""}`;
        case "quantity": return `${fact.value ?? fact.valueMin} ${fact.unit ?? ""} ${fact.substance ?? ""}`;
        case "percentage": return `${fact.value}% ${fact.direction ?? ""}`;
        case "date": return fact.date ?? fact.text;
        case "reference": return fact.target ?? fact.text;
        case "acronym": return fact.acronym ?? fact.text;
        case "count": return fact.text;
        default: {
            const unknownType: never = fact.type;
            return unknownType;
        }
    }
}

/** The snippet operation's answer is a post or a thread, told apart by `kind`. */
function postsOf(answer: Answer<"getParagraphSnippet", 200>): Snippet[] {
    return answer.kind === "post" ? [answer] : answer.posts;
}

/** A bot posts to each network within the network's limit. */
function fits(post: Snippet): boolean {
    const limits: Record<Snippet["network"], number> = { twitter: 280, mastodon: 500, bluesky: 300 };
    return post.length <= Math.min(post.limit, limits[post.network]) && post.hashtags.includes("cablegate");
}

function threadText(thread: SnippetThread): string {
    return thread.posts.map(post => post.excerpt ?? "").join("");
}

function explain(problem: Problem): string {
    return `${problem.status} ${problem.title}: ${problem.detail ?? problem.type} (${problem.instance})`;
}

// The spec is strict where it promises to be: these must stay errors.
// @ts-expect-error a network the API does not post to
const myspace: Snippet["network"] = "myspace";
// @ts-expect-error a fact type that does not exist
const colour: Fact["type"] = "colour";
// @ts-expect-error `refId` is required: it can never be undefined
const noRefId: Cable = { ...({} as Cable), refId: undefined };
// @ts-expect-error a path the API does not have
type Missing = paths["/api/v1/cable"];

export {
    cableAnswer, paragraphAnswer, factsAnswer, threadAnswer, notFound, searchAll, cableTitle, underline,
    describeFact, postsOf, fits, threadText, explain, myspace, colour, noRefId,
};
export type { Missing };
