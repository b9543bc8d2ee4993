import { describe, expect, it } from "vitest";
import {
  COPY_CONTAINMENT,
  containment,
  isSyndicatedCopy,
  SKETCH_SIZE,
  shingleHashes,
  sketch,
} from "./syndication.js";

const WIRE = `Ukraine's foreign minister said on Monday that talks with European partners had produced
new pledges of air defence equipment, and that the first deliveries were expected within weeks.
Speaking at a news conference in the capital, the minister thanked the governments that had
promised help and urged others to follow, saying the country needed more systems to protect its
power stations before the winter. Officials in Brussels confirmed that several member states had
agreed to send launchers and missiles, but declined to say how many or when they would arrive.
The announcement came after a week of strikes on energy infrastructure that left parts of the
east without electricity for days, according to the national grid operator.`;

const OTHER = `Kenya's electoral commission declared the result of the presidential vote on Monday
after a week of counting, and the runner-up said he would challenge it in the Supreme Court.
Observers from regional bodies said the voting had been largely peaceful, though they noted long
queues and delays at some polling stations in the capital. Police were deployed in several towns
where supporters of both candidates gathered, and the interior ministry appealed for calm while
the court considered the petition.`;

const shingles = shingleHashes;

describe("syndicated copies", () => {
  it("ignores case, punctuation and line breaks", () => {
    const shouted = WIRE.toUpperCase().replace(/\n/g, " ").replace(/,/g, "");
    expect(containment(shingles(WIRE), shingles(shouted))).toBe(1);
  });

  it("recognises a copy with a new dateline and a closing line", () => {
    const copy = `KYIV (Baltic Courier) — ${WIRE}\nReporting by the wire's Kyiv bureau.`;
    expect(isSyndicatedCopy(shingles(WIRE), shingles(copy))).toBe(true);
  });

  it("recognises a copy cut after its first paragraphs", () => {
    const cut = WIRE.split("Officials in Brussels")[0] as string;
    expect(isSyndicatedCopy(shingles(WIRE), shingles(cut))).toBe(true);
  });

  it("keeps unrelated articles and rewritten reports apart", () => {
    expect(containment(shingles(WIRE), shingles(OTHER))).toBeLessThan(0.1);
    const rewritten = `Kyiv has been promised more air defence systems by European governments, its
foreign minister told reporters on Monday, with deliveries due in the coming weeks after a
series of strikes on power plants.`;
    expect(containment(shingles(WIRE), shingles(rewritten))).toBeLessThan(COPY_CONTAINMENT);
  });

  it("sketches a text by its smallest shingle hashes, which copies share", () => {
    const a = sketch(shingles(WIRE));
    const b = sketch(shingles(`LONDON — ${WIRE}`));
    expect(a).toHaveLength(SKETCH_SIZE);
    expect([...a].sort((x, y) => x - y)).toEqual(a);
    expect(a.filter((h) => b.includes(h)).length).toBeGreaterThan(SKETCH_SIZE / 2);
    expect(Math.max(...a)).toBeLessThan(2 ** 31);
  });

  it("sketches a text exactly as the stored sketches were made", () => {
    const text =
      "Canada moves its trainers out of Ukraine, the minister said on Saturday in Ottawa.";
    expect(sketch(shingles(text))).toEqual([
      322826292, 338715794, 462210878, 996843909, 1060327494, 1169358514, 1206506033, 1220441961,
    ]);
  });

  it("has no shingles for a text without words", () => {
    expect(shingles(" — ! ").size).toBe(0);
    expect(shingles("Troops withdrew").size).toBe(1);
  });
});
