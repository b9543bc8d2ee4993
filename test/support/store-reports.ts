/**
 * The reports the shared store suite saves: one attack told from several angles (for story
 * clusters), and a handful of events that each filter of `harbinger events` should find.
 */

import { ALMATY, KYIV, LVIV, type Report, report } from "./coded-fixtures.js";

/** Reports of one attack on 24 February from several angles, and three other events. */
export function clusterReports(): Report[] {
  const attack = { source: "RUS", target: "UKR", cameo: "190" };
  const a1 = report({
    id: "a1",
    outlet: "Wire",
    date: "2022-02-24",
    events: [{ ...attack, location: KYIV }],
  });
  return [
    a1,
    // The other side's view, a day later and twice in one article, with no place given.
    report({
      id: "a2",
      outlet: "Ledger",
      date: "2022-02-25",
      events: [
        { source: "UKR", target: "RUS", cameo: "193" },
        { source: "UKR", target: "RUS", cameo: "190" },
      ],
    }),
    // The wire story again, printed by another outlet.
    report({
      id: "a3",
      outlet: "Courier",
      date: "2022-02-24",
      text: `${a1.article.text} More follows.`,
      events: [attack],
    }),
    report({ id: "a4", outlet: "Tribune", date: "2022-02-27", events: [attack] }),
    report({
      id: "a5",
      outlet: "Herald",
      date: "2022-02-24",
      events: [{ ...attack, location: LVIV }],
    }),
    report({
      id: "a6",
      outlet: "Herald",
      date: "2022-02-24",
      text: "Another text entirely.",
      events: [{ ...attack, cameo: "180" }],
    }),
  ];
}

export function filterReports(): Report[] {
  return [
    report({
      id: "k1",
      outlet: "Steppe",
      date: "2022-01-06",
      events: [
        { source: "KAZPOL", target: "KAZREB", cameo: "173", location: ALMATY },
        { source: "KAZGOV", target: "RUSMIL", cameo: "0362", mode: "intended" },
      ],
    }),
    report({
      id: "u1",
      outlet: "Wire",
      date: "2022-02-19",
      events: [{ source: "RUS", target: "UKR", cameo: "040", mode: "negated" }],
    }),
    report({
      id: "u2",
      outlet: "Ledger",
      date: "2022-02-24",
      title: "Strikes on Kyiv",
      url: "https://example.org/u2",
      events: [
        { source: "RUSMIL", target: "UKR", cameo: "190", location: KYIV, size: { dead: 12 } },
        { source: "USA", target: "UKRGOV", cameo: "163", date: "2022-02-23" },
      ],
    }),
    report({
      id: "u3",
      outlet: "Courier",
      events: [{ source: "UKR", target: "RUS", cameo: "193", date: "2022-02-26", location: LVIV }],
    }),
  ];
}
