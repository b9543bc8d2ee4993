import { describe, expect, it } from "vitest";
import { namesakeGazetteer } from "../../test/support/namesake-gazetteer.js";
import { foldKey } from "../lexicon/fold.js";
import { buildContext } from "./place-context.js";
import { best, scorePlaces } from "./place-resolve.js";

const gazetteer = namesakeGazetteer();
const refs = (name: string) => gazetteer.lookup(foldKey(name));
/** The place a name's key points at in the given country. */
function placeIn(name: string, country: string): number {
  const ref = refs(name).find((r) => gazetteer.place(r.place).country === country);
  if (ref === undefined) throw new Error(`no ${name} in ${country}`);
  return ref.place;
}
const countryPlace = (iso2: string) => gazetteer.countryByIso2(iso2)?.place ?? -1;

describe("reading a name in its document's context", () => {
  it("raises a capital whose country the document names", () => {
    const picks = [
      { place: placeIn("London", "GB"), key: "london" },
      { place: placeIn("Oxford", "GB"), key: "oxford" },
    ];
    const without = buildContext(gazetteer, picks, null);
    const named = buildContext(
      gazetteer,
      [...picks, { place: countryPlace("US"), key: "united states" }],
      null,
    );
    const dc = placeIn("Washington", "US");
    const score = (context: typeof without) =>
      scorePlaces(gazetteer, refs("Washington"), context, null).find((s) => s.place === dc)
        ?.score ?? 0;
    expect(score(named) - score(without)).toBeGreaterThanOrEqual(2);
  });

  it("does not let a name vote for itself", () => {
    const london = placeIn("London", "GB");
    const picks = [
      { place: london, key: "london" },
      { place: london, key: "london" },
      { place: countryPlace("CA"), key: "canada" },
    ];
    const context = buildContext(gazetteer, picks, null, [], "london");
    expect([...context.countries.keys()]).toEqual(["CA"]);
    expect(context.home).toBe("CA");
  });

  it("counts a tentative reading in proportion to how sure it is", () => {
    const context = buildContext(
      gazetteer,
      [
        { place: placeIn("Enfield", "US"), key: "enfield", weight: 0.2 },
        { place: countryPlace("GB"), key: "britain" },
      ],
      null,
    );
    expect(context.countries.get("US")).toBeCloseTo(0.2 / 1.2);
    expect(context.admin1s.has("US.CT")).toBe(false);
    expect(context.points[0]?.weight).toBeCloseTo(0.2);
  });

  it("weighs a division named above one that merely holds a place named", () => {
    const context = buildContext(
      gazetteer,
      [
        { place: placeIn("Lexington", "US"), key: "lexington" },
        { place: refs("Ontario")[0]?.place ?? -1, key: "ontario" },
      ],
      null,
    );
    expect(context.admin1s.get("US.KY")).toBe(1);
    expect(context.admin1s.get("CA.08")).toBe(2);
  });

  it("pulls a reading towards a near-best reading of another name, less what that costs", () => {
    const enfield = scorePlaces(gazetteer, refs("Enfield"), null, null);
    const top = best(enfield)?.score ?? 0;
    const alternatives = enfield.map((r) => {
      const p = gazetteer.place(r.place);
      const cost = top - r.score;
      return { lat: p.lat, lon: p.lon, place: r.place, key: "enfield", cost, weight: 1 };
    });
    const context = buildContext(gazetteer, [], null, alternatives);
    const edmonton = best(scorePlaces(gazetteer, refs("Edmonton"), context, null));
    expect(gazetteer.place(edmonton?.place ?? -1).country).toBe("GB");
    expect(
      gazetteer.place(best(scorePlaces(gazetteer, refs("Edmonton"), null, null))?.place ?? -1)
        .country,
    ).toBe("CA");
  });
});
