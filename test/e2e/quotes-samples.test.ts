/**
 * Quotes in the sample corpus (examples/articles), checked by hand: for a quote found by its
 * words, the kind, the speaker's resolved name, the cue and the quoted parts a careful reader
 * would give it. The articles use straight and curly quotes, quotes over several sentences,
 * interrupted and continued quotes, colons, and reported speech with quoted fragments.
 */

import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { createCoder } from "../../src/coder.js";
import { parseFrontMatter } from "../../src/ingest/front-matter.js";
import type { CodedDocument, QuoteOut } from "../../src/model/contract.js";

const folder = path.join(import.meta.dirname, "../../examples/articles");
const coder = await createCoder();
const coded = new Map<string, CodedDocument>();

function article(name: string): CodedDocument {
  const cached = coded.get(name);
  if (cached !== undefined) return cached;
  const { meta, body } = parseFrontMatter(
    fs.readFileSync(path.join(folder, `${name}.txt`), "utf8"),
  );
  const doc = coder.code({ id: name, text: body, ...(meta.date && { date: meta.date }) });
  coded.set(name, doc);
  return doc;
}

interface Expected {
  readonly kind: QuoteOut["kind"];
  /** The speaker's resolved name. */
  readonly by: string;
  readonly cue: string | null;
  /** The quote's text (direct) or how it begins (indirect, mixed). */
  readonly text: string;
  readonly parts?: readonly string[];
}

/** [article, expected quotes] — each found by the start of its text. */
const EXPECTED: readonly [string, readonly Expected[]][] = [
  [
    "2022-01-05-kazakhstan-state-of-emergency",
    [
      {
        kind: "direct",
        by: "Daulet",
        cue: "said",
        text: "We are not bandits. We want a normal life and prices we can pay",
      },
    ],
  ],
  [
    "2022-01-13-osce-vienna-war-risk",
    [
      {
        kind: "direct",
        by: "Zbigniew Rau",
        cue: "saying",
        text: "the risk of war in the OSCE area is now greater than ever before in the last 30 years.",
      },
      {
        kind: "direct",
        by: "Michael Carpenter",
        cue: "said",
        text: "The drumbeat of war is sounding loud",
        parts: [
          "The drumbeat of war is sounding loud",
          "and the rhetoric has gotten rather shrill.",
        ],
      },
      {
        kind: "indirect",
        by: "Michael Carpenter",
        cue: "added",
        text: "Washington had to take the Russian build-up seriously",
      },
    ],
  ],
  [
    "2022-01-14-cyberattack-government-websites",
    [
      {
        kind: "mixed",
        by: "officials",
        cue: "said",
        text: "Hackers took down about 70 Ukrainian government websites",
        parts: ["be afraid and expect the worst"],
      },
      {
        kind: "direct",
        by: "Oleg Nikolenko",
        cue: "added",
        text: "There is a long record of Russian assaults against Ukraine in the past",
      },
    ],
  ],
  [
    "2022-01-17-uk-anti-tank-weapons-ukraine",
    [
      {
        kind: "direct",
        by: "Ben Wallace",
        cue: "said",
        text: "We have taken the decision to supply Ukraine with light, anti-armour, defensive weapon systems",
      },
      {
        kind: "direct",
        by: "Ben Wallace",
        cue: "added",
        text: "They are not strategic weapons and pose no threat to Russia. They are to use in self-defence.",
      },
    ],
  ],
  [
    "2022-01-18-tonga-navy-ships-sail",
    [
      {
        kind: "direct",
        by: "Sione",
        cue: "said",
        text: "We still have not heard from my aunties in Ha\u2019apai",
      },
      { kind: "direct", by: "Sione", cue: null, text: "Every hour feels like a day." },
    ],
  ],
  [
    "2022-01-26-us-written-response-moscow",
    [
      {
        kind: "direct",
        by: "Antony Blinken",
        cue: "said",
        text: "It sets out a serious diplomatic path forward, should Russia choose it",
      },
      {
        kind: "direct",
        by: "Antony Blinken",
        cue: null,
        text: "There is no change; there will be no change.",
      },
    ],
  ],
  [
    "2022-02-07-macron-putin-moscow",
    [
      {
        kind: "mixed",
        by: "Vladimir Putin",
        cue: "said",
        text: "If Ukraine joined NATO and then tried to take back Crimea by force, Putin said,",
        parts: ["and there will be no winners."],
      },
      {
        kind: "direct",
        by: "Emmanuel Macron",
        cue: "said",
        text: "The coming days will be decisive",
      },
      {
        kind: "direct",
        by: "Joe Biden",
        cue: "said",
        text: "there will be no longer a Nord Stream 2. We will bring an end to it.",
      },
    ],
  ],
  [
    "2022-02-12-western-diplomats-leave-kyiv",
    [
      {
        kind: "mixed",
        by: "Joe Biden",
        cue: "told",
        text: "if Russia invaded Ukraine",
        parts: ["respond decisively and impose swift and severe costs on Russia."],
      },
      {
        kind: "mixed",
        by: "Maria Zakharova",
        cue: "said",
        text: "Russia was \u201Coptimizing\u201D its staff",
        parts: ["optimizing"],
      },
    ],
  ],
  [
    "2022-02-15-scholz-moscow-troop-pullback",
    [
      {
        kind: "direct",
        by: "Vladimir Putin",
        cue: "said",
        text: "Do we want this or not? Of course not",
      },
      {
        kind: "direct",
        by: "Olaf Scholz",
        cue: "said",
        text: "For my generation, war in Europe has become unthinkable",
      },
      {
        kind: "direct",
        by: "Olaf Scholz",
        cue: null,
        text: "We must make sure that it stays that way.",
      },
    ],
  ],
  [
    "2022-08-15-ruto-declared-winner",
    [
      {
        kind: "direct",
        by: "Juliana Cherera",
        cue: "told",
        text: "We cannot take ownership of the result that is going to be announced because of the opaque nature of this last phase of the general election.",
      },
      { kind: "direct", by: "William Ruto", cue: "said", text: "There is no room for vengeance" },
    ],
  ],
  [
    "2022-09-05-supreme-court-upholds-ruto",
    [
      {
        kind: "mixed",
        by: "Martha Koome",
        cue: "said",
        text: "Some of the claims, she said, amounted to \u201Chot air.\u201D",
        parts: ["hot air."],
      },
      {
        kind: "direct",
        by: "Raila Odinga",
        cue: "said",
        text: "We have always stood for the rule of law and the constitution",
      },
    ],
  ],
];

describe("hand-checked quotes in the sample articles", () => {
  for (const [name, expected] of EXPECTED) {
    describe(name, () => {
      for (const want of expected) {
        it(`${want.kind}: ${want.text.slice(0, 50)}`, () => {
          const doc = article(name);
          const quote = doc.quotes.find((q) => q.text.startsWith(want.text));
          const seen = doc.quotes.map((q) => `${q.kind} ${q.speaker?.resolved}: ${q.text}`);
          expect(quote, seen.join("\n")).toBeDefined();
          expect(quote?.kind).toBe(want.kind);
          expect(quote?.speaker?.resolved).toBe(want.by);
          expect(quote?.cue?.text ?? null).toBe(want.cue);
          if (want.kind === "direct" && want.parts === undefined)
            expect(quote?.text).toBe(want.text);
          if (want.parts !== undefined)
            expect(quote?.parts?.map((p) => p.text)).toEqual(want.parts);
        });
      }
    });
  }

  it("takes no scare quotes or names in quote marks for quotes", () => {
    const words = [
      ["2022-01-11-kazakhstan-csto-withdrawal-arrests", "terrorists"],
      ["2022-02-22-germany-halts-nord-stream-2", "people\u2019s republics"],
      ["2022-02-21-putin-recognises-separatist-republics", "ensure peace"],
    ] as const;
    for (const [name, fragment] of words) {
      const doc = article(name);
      expect(doc.quotes.filter((q) => q.text === fragment)).toEqual([]);
    }
  });

  it("links a reported denial to the events it reports", () => {
    const doc = article("2022-01-22-baltic-states-javelins-stingers");
    const quote = doc.quotes.find((q) => q.text.startsWith("Russia had never threatened"));
    expect(quote?.speaker?.resolved).toBe("Sergei Lavrov");
    const triggers = (quote?.events ?? []).map((i) => doc.events[i]?.evidence.trigger);
    expect(triggers.length).toBeGreaterThan(0);
    for (const t of triggers) {
      expect(t && quote && t.start >= quote.start && t.end <= quote.end).toBe(true);
    }
  });

  it("slices every quote from the article text", () => {
    for (const name of EXPECTED.map(([n]) => n)) {
      const text = parseFrontMatter(fs.readFileSync(path.join(folder, `${name}.txt`), "utf8")).body;
      for (const q of article(name).quotes) {
        expect(text.slice(q.start, q.end)).toBe(q.text);
        for (const p of q.parts ?? []) expect(text.slice(p.start, p.end)).toBe(p.text);
      }
    }
  });
});
