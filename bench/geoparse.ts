/**
 * Geoparsing benchmark: `npm run bench:geo -- PATH/TR-News.xml [--misses]`. Codes every article
 * with its `<dltime>` as the date and scores the document's places against the gold toponyms:
 * span precision/recall/F1, accuracy@161 km, mean and median error in km, over all gold
 * toponyms and over recognised ones. `--misses` lists the missed and far-off toponyms.
 */

import { readFileSync } from "node:fs";
import { createCoder } from "../src/coder.js";
import { parseTrNews } from "./geoparse-corpus.js";
import { figures, newTally, scoreArticle } from "./geoparse-score.js";

const args = process.argv.slice(2);
const path = args.find((a) => !a.startsWith("--"));
if (path === undefined) {
  console.error("usage: npm run bench:geo -- PATH/TR-News.xml [--misses]");
  process.exit(2);
}
const articles = parseTrNews(readFileSync(path, "utf8"));
const coder = await createCoder();
const tally = newTally();
let reanchored = 0;
const started = performance.now();
for (const article of articles) {
  reanchored += article.reanchored;
  const coded = coder.code({
    id: article.id,
    text: article.text,
    ...(article.date !== null && { date: article.date }),
  });
  const { missed, far } = scoreArticle(tally, article.toponyms, coded.places);
  if (!args.includes("--misses")) continue;
  for (const g of missed) console.log(`miss ${article.id} ${JSON.stringify(g.phrase)} @${g.start}`);
  for (const { gold, km } of far) {
    const p = coded.places.find((q) => q.start < gold.end && gold.start < q.end);
    console.log(
      `far  ${article.id} ${JSON.stringify(gold.phrase)} ${Math.round(km)} km → ${p?.name} ${p?.country} ${p?.admin1}`,
    );
  }
  if (args.includes("--extra")) {
    for (const p of coded.places)
      if (!article.toponyms.some((g) => p.start < g.end && g.start < p.end))
        console.log(`extra ${article.id} ${JSON.stringify(p.text)} → ${p.name} ${p.country}`);
  }
}
const f = figures(tally);
const pct = (x: number) => x.toFixed(3);
console.log(
  `TR-News: ${articles.length} articles, ${tally.gold} gold toponyms (${reanchored} re-anchored), ${tally.predicted} predicted places, ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
console.log(`toponyms   precision ${pct(f.precision)}  recall ${pct(f.recall)}  F1 ${pct(f.f1)}`);
console.log(
  `all gold   accuracy@161km ${pct(f.accAll)}  mean ${Math.round(f.meanKmAll)} km  median ${Math.round(f.medianKmAll)} km  (unrecognised = 20,037 km)`,
);
console.log(
  `recognised accuracy@161km ${pct(f.accRecognised)}  mean ${Math.round(f.meanKmRecognised)} km  median ${Math.round(f.medianKmRecognised)} km`,
);
