import { describe, expect, it } from "vitest";
import { ATTACK } from "../../test/support/export-events.js";
import { acledRecord } from "./acled-rows.js";
import { worldCountryLookup } from "./world-countries.js";

describe("country lookup for ACLED", () => {
  const lookup = worldCountryLookup();

  it("names countries and gives their ISO numeric codes", () => {
    expect(lookup("UKR")).toEqual({ name: "Ukraine", isoNumeric: 804 });
    expect(lookup("NGA")).toEqual({ name: "Nigeria", isoNumeric: 566 });
    expect(lookup("XYZ")).toBeNull();
  });

  it("fills ACLED's country and iso columns", () => {
    expect(acledRecord(ATTACK, { countries: lookup })).toMatchObject({
      country: "Nigeria",
      iso: 566,
    });
  });
});
