/**
 * A handful of short articles written by the team for the tests of parallel coding: small, so
 * tests that start coding workers stay quick, and each with an event, an actor and a place.
 */

import type { Article } from "../../src/model/article.js";

export const SHORT_ARTICLES: readonly Article[] = [
  {
    id: "ankara-talks",
    date: "2023-03-06",
    source: "Team Wire",
    text: "Turkish Foreign Minister Mevlut Cavusoglu met his Greek counterpart in Ankara on Monday. The two ministers agreed to reopen talks on maritime borders.",
  },
  {
    id: "nairobi-arrests",
    date: "2023-07-07",
    source: "Team Wire",
    text: "Police in Nairobi arrested 14 protesters on Friday after clashes near parliament, officials said. Opposition leaders condemned the arrests.",
  },
  {
    id: "sudan-aid",
    date: "2023-05-02",
    source: "Team Wire",
    text: "Japan pledged $50 million in humanitarian aid to Sudan on Tuesday. The government in Tokyo said the money would go to food and medicine.",
  },
  {
    id: "goma-attack",
    date: "2023-02-14",
    source: "Team Wire",
    text: "Rebels attacked a village near Goma in eastern Congo on Sunday, killing five civilians, the army said. Congo accused Rwanda of backing the rebels.",
  },
  {
    id: "kyiv-embassy",
    source: "Team Wire",
    text: "Canada closed its embassy in Kyiv and moved its staff to Lviv. Russia has massed troops near the border with Ukraine.",
  },
];
