/**
 * Places in a story shaped like the project's seed article, coded with the bundled gazetteer
 * (built by `npm run build`): the capital written the old way, the city the staff moved to, the
 * dateline's capital, the country and the continent resolve to the right points, and events
 * take the place of their own clause.
 */

import { describe, expect, it } from "vitest";
import { createCoder } from "../../src/coder.js";

const STORY = `OTTAWA — Canada is pulling its military trainers out of Ukraine as Russian forces gather near the border.

The Department of National Defence said the soldiers had been moved to other parts of Europe for their safety.

A day earlier Canada shut its embassy in Kiev, the Ukrainian capital, and sent its diplomats to a temporary office in Lviv, in the west of the country.

Ottawa said it would keep supporting Ukraine.`;

const coder = await createCoder();
const coded = coder.code({ id: "story-places", text: STORY, date: "2022-02-13" });
const place = (text: string) => coded.places.find((p) => p.text === text);

function near(p: { lat: number; lon: number } | undefined, lat: number, lon: number): boolean {
  return p !== undefined && Math.abs(p.lat - lat) < 0.5 && Math.abs(p.lon - lon) < 0.5;
}

describe("places in a seed-like story", () => {
  it("resolves Kiev to Kyiv, and Lviv, Ottawa, Ukraine and Europe to their points", () => {
    expect(place("Kiev")?.name).toBe("Kyiv");
    expect(near(place("Kiev"), 50.45, 30.52)).toBe(true);
    expect(place("Lviv")?.country).toBe("UKR");
    expect(near(place("Lviv"), 49.84, 24.02)).toBe(true);
    expect(place("OTTAWA")?.country).toBe("CAN");
    expect(near(place("OTTAWA"), 45.41, -75.7)).toBe(true);
    expect(near(place("Ottawa"), 45.41, -75.7)).toBe(true);
    expect(place("Ukraine")?.feature).toBe("country");
    expect(place("Europe")?.feature).toBe("continent");
    for (const p of coded.places) expect(STORY.slice(p.start, p.end)).toBe(p.text);
  });

  it("locates the embassy closure in Kyiv and never gives an event every place", () => {
    const closure = coded.events.find((e) => e.cameo.startsWith("161"));
    expect(closure?.location?.name).toBe("Kyiv");
    const located = new Set(coded.events.map((e) => e.location?.name));
    expect(located.size).toBeLessThan(coded.places.length);
  });
});
