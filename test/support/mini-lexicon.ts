/**
 * A small actor lexicon written for tests, so recogniser tests state their own facts and do not
 * move when the bundled dictionaries grow.
 */

import {
  type ActorLexicon,
  buildActorLexicon,
  parseActorDictionaries,
} from "../../src/lexicon/actor-lexicon.js";

const country = (code: string, iso2: string, name: string, extra: Record<string, string[]>) => ({
  code,
  iso2,
  name,
  kind: "country",
  aliases: [],
  historic: [],
  adjectives: [],
  demonyms: [],
  capitals: [],
  seats: [],
  ...extra,
});

export const MINI_DATA = {
  countries: {
    description: "test countries",
    sources: ["Harbinger team"],
    countries: [
      country("CAN", "CA", "Canada", {
        adjectives: ["Canadian"],
        demonyms: ["Canadian", "Canadians"],
        capitals: ["Ottawa"],
        seats: ["Parliament Hill"],
      }),
      country("UKR", "UA", "Ukraine", {
        adjectives: ["Ukrainian"],
        demonyms: ["Ukrainian", "Ukrainians"],
        capitals: ["Kyiv", "Kiev"],
        seats: ["Bankova"],
      }),
      country("RUS", "RU", "Russia", {
        aliases: ["Russian Federation"],
        adjectives: ["Russian"],
        demonyms: ["Russian", "Russians"],
        capitals: ["Moscow"],
        seats: ["the Kremlin"],
      }),
      country("USA", "US", "United States", {
        aliases: ["the United States", "U.S.", "US", "America"],
        adjectives: ["American", "U.S."],
        demonyms: ["Americans"],
        capitals: ["Washington"],
        seats: ["the White House"],
      }),
    ],
  },
  organisations: {
    description: "test organisations",
    sources: ["Harbinger team"],
    organisations: [
      {
        code: "IGOWSTNAT",
        name: "NATO",
        kind: "alliance",
        aliases: ["North Atlantic Treaty Organization"],
        descriptions: ["the alliance"],
        country: null,
      },
    ],
  },
  groups: {
    description: "test groups",
    sources: ["Harbinger team"],
    groups: [
      {
        code: "RUSMILMER",
        name: "Wagner Group",
        kind: "armed",
        aliases: ["Wagner"],
        descriptions: [],
        country: "RUS",
        sectors: ["MIL"],
      },
    ],
  },
  agents: {
    description: "test agents",
    sources: ["Harbinger team"],
    agents: [
      {
        words: ["government", "ministry", "department", "minister", "office", "official"],
        sectors: ["GOV"],
        gloss: "government",
      },
      { words: ["embassy", "diplomat"], sectors: ["GOV"], abroad: true, gloss: "diplomats" },
      {
        words: ["army", "troop", "soldier", "military", "armed forces"],
        sectors: ["MIL"],
        gloss: "military",
      },
      { words: ["security forces"], sectors: ["COP"], gloss: "security forces" },
      {
        words: ["protester", "demonstrator"],
        sectors: ["CVL"],
        gloss: "protesters and demonstrators",
      },
      { words: ["people", "civilian"], sectors: ["CVL"], gloss: "civilians" },
      { words: ["leader"], sectors: ["GOV"], gloss: "leaders" },
    ],
  },
  regions: {
    description: "test regions",
    sources: ["Harbinger team"],
    regions: [
      { code: "WST", name: "the West", kind: "bloc", aliases: ["Western countries"] },
      { code: "EUR", name: "Europe", kind: "region", aliases: [] },
      { code: "LAM", name: "Latin America", kind: "region", aliases: [] },
    ],
  },
  people: {
    description: "test people",
    sources: ["Harbinger team"],
    people: [
      {
        name: "Justin Trudeau",
        aliases: ["Trudeau"],
        gender: "m",
        country: "CAN",
        roles: [{ code: "CANGOV", title: "prime minister", from: "2015-11-04", to: "2025-03-14" }],
      },
      {
        name: "Mark Carney",
        aliases: ["Carney"],
        gender: "m",
        country: "CAN",
        roles: [{ code: "CANGOV", title: "prime minister", from: "2025-03-14", to: null }],
      },
      {
        name: "Anita Anand",
        aliases: ["Anand"],
        gender: "f",
        country: "CAN",
        roles: [
          { code: "CANGOV", title: "defence minister", from: "2021-10-26", to: "2023-07-26" },
        ],
      },
      {
        name: "Volodymyr Zelensky",
        aliases: ["Zelensky", "Zelenskyy"],
        gender: "m",
        country: "UKR",
        roles: [{ code: "UKRGOV", title: "president", from: "2019-05-20", to: null }],
      },
    ],
  },
};

export function miniLexicon(): ActorLexicon {
  return buildActorLexicon(parseActorDictionaries(MINI_DATA));
}
