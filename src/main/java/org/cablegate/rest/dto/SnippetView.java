package org.cablegate.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Snippet", requiredProperties = {"kind", "network", "text", "length", "limit", "permalink", "hashtags", "truncated", "intentUrl"},
        description = "A post ready to publish: text with permalink and hashtags, within the network's limit")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SnippetView(
        @Schema(description = "Always `post`: tells a post from a thread in the answer of the snippet operation",
                enumeration = {KIND}, example = KIND) String kind,
        @Schema(enumeration = {"twitter", "mastodon", "bluesky"}, example = "twitter") String network,
        @Schema(description = "Ready to post", example = "Law enforcement agencies seized 22,549 kilos of drugs in the first nine months of 2006, compared with 21,635 kilos last year. …\n\nhttp://localhost:8080/c/06ASTANA590/20 #cablegate #06ASTANA590") String text,
        @Schema(description = "Length as the network counts it (X: twitter-text weighted length; Mastodon: characters, "
                + "URLs 23; Bluesky: grapheme clusters)", example = "241") int length,
        @Schema(example = "280") int limit,
        @Schema(example = "http://localhost:8080/c/06ASTANA590/20") String permalink,
        @Schema(example = "[\"cablegate\", \"06ASTANA590\"]") List<String> hashtags,
        @Schema(description = "Whether the paragraph was shortened") boolean truncated,
        @Schema(description = "Opens the network's compose screen with this post", example = "https://twitter.com/intent/tweet?text=...") String intentUrl,
        @Schema(description = "Bluesky only: links and hashtags as rich-text facets (UTF-8 byte offsets)") List<FacetView> facets,
        @Schema(description = "Threads: this post's number", example = "1") Integer part,
        @Schema(description = "Threads: how many posts", example = "3") Integer parts,
        @Schema(description = "The part of the paragraph text this post carries") String excerpt,
        @Schema(description = "Bluesky only: the post as an `app.bsky.feed.post` record, ready for `agent.post(record)` "
                + "(which adds `createdAt`)") BlueskyPostRecord record,
        @Schema(description = "Mastodon only: the parameters of `POST /api/v1/statuses`") MastodonStatusParams statusParams) {

    /** The discriminator value of a single post. */
    public static final String KIND = "post";

    public SnippetView(String network, String text, int length, int limit, String permalink, List<String> hashtags,
                       boolean truncated, String intentUrl, List<FacetView> facets, Integer part, Integer parts,
                       String excerpt, BlueskyPostRecord record, MastodonStatusParams statusParams) {
        this(KIND, network, text, length, limit, permalink, hashtags, truncated, intentUrl, facets, part, parts, excerpt,
                record, statusParams);
    }

    @Schema(name = "SnippetFacet", description = "A Bluesky rich-text facet")
    public record FacetView(
            @Schema(enumeration = {"link", "tag"}) String type,
            @Schema(description = "UTF-8 byte offset of the start", example = "120") int byteStart,
            @Schema(description = "UTF-8 byte offset after the end", example = "160") int byteEnd,
            @Schema(description = "The URI or the tag without #", example = "cablegate") String value) {
    }

    @Schema(name = "BlueskyPostRecord", requiredProperties = {"$type", "text", "facets", "langs"},
            description = "An `app.bsky.feed.post` record: the text with every link and tag Bluesky's RichText detects "
                    + "in it as a facet in the lexicon's shape; `createdAt` is for the client to add")
    public record BlueskyPostRecord(
            @JsonProperty("$type") @Schema(enumeration = {"app.bsky.feed.post"}, example = "app.bsky.feed.post") String type,
            @Schema(description = "The post text, as `text` above") String text,
            @Schema(description = "Links and tags in order of their start") List<RichTextFacet> facets,
            @Schema(description = "Languages of the text", example = "[\"en\"]") List<String> langs) {
    }

    @Schema(name = "RichTextFacet", requiredProperties = {"index", "features"},
            description = "An `app.bsky.richtext.facet`: a range of the text in UTF-8 bytes and what it is")
    public record RichTextFacet(ByteSlice index, List<RichTextFeature> features) {
    }

    @Schema(name = "ByteSlice", requiredProperties = {"byteStart", "byteEnd"},
            description = "An `app.bsky.richtext.facet#byteSlice`: UTF-8 byte offsets, end exclusive")
    public record ByteSlice(@Schema(example = "120") int byteStart, @Schema(example = "160") int byteEnd) {
    }

    @Schema(name = "RichTextFeature", requiredProperties = {"$type"},
            description = "A link (`app.bsky.richtext.facet#link`, with `uri`) or a tag (`app.bsky.richtext.facet#tag`, "
                    + "with `tag`)")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RichTextFeature(
            @JsonProperty("$type") @Schema(enumeration = {LINK, TAG}, example = LINK) String type,
            @Schema(description = "Links: the URI", example = "https://azworldairports.com") String uri,
            @Schema(description = "Tags: the tag without '#'", example = "cablegate") String tag) {

        public static final String LINK = "app.bsky.richtext.facet#link";
        public static final String TAG = "app.bsky.richtext.facet#tag";
    }

    @Schema(name = "MastodonStatusParams", requiredProperties = {"status", "visibility", "language"},
            description = "The parameters of Mastodon's `POST /api/v1/statuses` for this post")
    public record MastodonStatusParams(
            @Schema(description = "The post text, as `text` above") String status,
            @Schema(enumeration = {"public"}, example = "public") String visibility,
            @Schema(description = "ISO 639-1", example = "en") String language) {
    }
}
