import { describe, expect, it } from "vitest";
import { articleId, idFromText, idFromUrl } from "./article-id.js";
import { minhash, similarity } from "./minhash.js";
import { bandKeys, NearDuplicateIndex } from "./near-duplicates.js";
import { domainOf, normalizeUrl } from "./normalize-url.js";

describe("normalizeUrl", () => {
  it("lowercases the host, drops the fragment, default port and tracking parameters", () => {
    expect(
      normalizeUrl(
        "HTTPS://WWW.Example.COM:443/World/Story?utm_source=x&b=2&fbclid=abc&a=1&UTM_Medium=y#top",
      ),
    ).toBe("https://www.example.com/World/Story?a=1&b=2");
  });

  it("keeps the path's case and refuses addresses that are not http(s)", () => {
    expect(normalizeUrl("http://example.org/A/B")).toBe("http://example.org/A/B");
    expect(normalizeUrl("ftp://example.org/file")).toBeUndefined();
    expect(normalizeUrl("not a url")).toBeUndefined();
    expect(normalizeUrl("/news/1", "https://example.org/feed")).toBe("https://example.org/news/1");
  });

  it("names the domain without www", () => {
    expect(domainOf("https://www.cbc.ca/news/x")).toBe("cbc.ca");
    expect(domainOf("nonsense")).toBeUndefined();
  });
});

describe("article ids", () => {
  it("gives one id to every spelling of the same address", () => {
    const a = idFromUrl("https://www.example.com/news/troops?utm_campaign=rss");
    const b = idFromUrl("https://WWW.EXAMPLE.com/news/troops#comments");
    expect(a).toBe(b);
    expect(a).toMatch(/^example\.com-[0-9a-f]{16}$/);
    expect(idFromUrl("https://www.example.com/news/other")).not.toBe(a);
  });

  it("names an article without an address by its text, whatever the spacing", () => {
    expect(idFromText("Troops  moved\n\nwest.")).toBe(idFromText("Troops moved west."));
    expect(idFromText("Troops moved west.")).toMatch(/^sha-[0-9a-f]{16}$/);
    expect(articleId(undefined, "Some text.")).toBe(idFromText("Some text."));
    expect(articleId("mailto:x@y.z", "Some text.")).toBe(idFromText("Some text."));
  });
});

const WIRE = [
  "Canada is moving the soldiers of its training mission out of Ukraine for now, the defence",
  "minister said on Saturday, as tens of thousands of Russian troops remain near the border.",
  "The minister told reporters that the trainers would be relocated to the west of the country",
  "and that the embassy in the capital would scale back its staff. Officials in Ottawa said the",
  "move was a precaution and that Canada would keep supporting Ukraine with equipment and",
  "money. Allies in Europe have promised costly sanctions if Russian forces cross the border.",
].join(" ");

const COPY_A = `OTTAWA — ${WIRE} The government will give an update next week.`;
const COPY_B = `Local readers asked about the mission. ${WIRE.replace("for now, ", "")}`;
const OTHER = [
  "The city council approved a new budget on Tuesday after a long debate about road repairs,",
  "library hours and the cost of snow clearing. The mayor said the plan keeps taxes flat while",
  "adding two new bus routes in the east end, which residents had asked for since last spring.",
].join(" ");

describe("near duplicates", () => {
  it("finds syndicated copies similar and unrelated stories not", () => {
    expect(similarity(minhash(COPY_A), minhash(COPY_B))).toBeGreaterThan(0.6);
    expect(similarity(minhash(COPY_A), minhash(OTHER))).toBeLessThan(0.2);
    expect(similarity(minhash(""), minhash(""))).toBe(0);
  });

  it("is deterministic and blind to case and accents", () => {
    const signature = minhash(WIRE);
    expect(minhash(WIRE)).toEqual(signature);
    expect(minhash("Troops left Québec City")).toEqual(minhash("TROOPS LEFT QUEBEC CITY"));
    expect(bandKeys(signature)).toHaveLength(16);
  });

  it("groups copies under the first article's id", () => {
    const index = new NearDuplicateIndex();
    expect(index.add("a", COPY_A)).toEqual({ key: "a", similarity: 1 });
    expect(index.add("other", OTHER).key).toBe("other");
    const b = index.add("b", COPY_B);
    expect(b.key).toBe("a");
    expect(b.similarity).toBeGreaterThan(0.6);
    expect(index.add("b", COPY_B).key).toBe("a");
  });
});
