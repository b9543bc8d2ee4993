/**
 * Tests of the CAMEO event table: the bundled file loads and holds the expected codes and values,
 * lookups fail loudly, and the validator rejects doctored tables.
 */

import { describe, expect, it } from "vitest";
import raw from "../../data/cameo/event-codes.json" with { type: "json" };
import { HarbingerError } from "../errors.js";
import { cameoTable } from "./bundled-cameo.js";
import { parseCameoTable } from "./cameo-table.js";

const table = cameoTable();

/** A deep copy of the bundled file to doctor. */
const copy = (): typeof raw => structuredClone(raw);

function expectRejected(data: unknown, pattern: RegExp): void {
  let thrown: unknown;
  try {
    parseCameoTable(data, "doctored.json");
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(HarbingerError);
  const error = thrown as HarbingerError;
  expect(error.code).toBe("E_DATA");
  expect(error.message).toMatch(/^doctored\.json: a data file failed validation/);
  expect(error.message).toMatch(pattern);
}

describe("bundled CAMEO table (data/cameo/event-codes.json)", () => {
  it("lists the 311 GDELT codes plus six added ones, and the 20 roots", () => {
    // 311 from CAMEO.eventcodes.tsv + 155, 176, 1213, 1834, 1951, 1952 (see the file's description).
    expect(table.codes()).toHaveLength(317);
    const roots = table.codes().filter((c) => c.length === 2);
    expect(roots).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, "0")));
    for (const added of ["155", "176", "1213", "1834", "1951", "1952"]) {
      expect(table.has(added)).toBe(true);
    }
    expect(table.has("1214")).toBe(false);
  });

  it("keeps codes in CAMEO order, children after their parent", () => {
    const codes = table.codes();
    expect(codes.slice(0, 3)).toEqual(["01", "010", "011"]);
    expect(codes.indexOf("0874")).toBe(codes.indexOf("0873") + 1);
    expect(codes.indexOf("1951")).toBe(codes.indexOf("195") + 1);
    expect(codes.at(-1)).toBe("2042");
  });

  it.each([
    // code, goldstein, quad, penta — the values in CAMEO.eventcodes.tsv (GDELT's scores)
    ["0874", 10, 2, 2],
    ["154", -7.2, 4, 4],
    ["161", -4, 4, 3],
    ["1312", -5.8, 3, 3],
    ["041", 1, 1, 1],
    ["046", 7, 1, 1],
    ["100", -5, 3, 3],
    ["012", -0.4, 1, 0],
    ["032", 4.5, 1, 1],
    ["051", 3.4, 1, 1],
    ["190", -10, 4, 4],
    ["09", -2, 2, 3],
    ["145", -7.5, 3, 4],
  ])("%s has Goldstein %d, quad %d, penta %d", (code, goldstein, quad, penta) => {
    const event = table.get(code);
    expect(event.code).toBe(code);
    expect(event.goldstein).toBe(goldstein);
    expect(event.quad).toBe(quad);
    expect(event.penta).toBe(penta);
  });

  it("keeps CAMEO's labels, with the documented fixes", () => {
    expect(table.get("0874").label).toBe("Retreat or surrender militarily");
    expect(table.get("08").label).toBe("YIELD");
    expect(table.get("101").label).toBe("Demand material cooperation, not specified below");
    expect(table.get("106").label).toBe("Demand meeting, negotiation");
    expect(table.get("108").label).toBe("Demand mediation");
  });

  it("gives the root of a code", () => {
    expect(table.get("0874").root).toBe("08");
    expect(table.root("0874").code).toBe("08");
    expect(table.root("1952").label).toBe("FIGHT");
    expect(table.root("14").code).toBe("14");
  });

  it("maps to PLOVER as the official 2021 table does", () => {
    expect(table.get("0874").plover).toEqual({
      type: "RETREAT",
      mode: "disarm",
      context: ["military"],
    });
    expect(table.get("154").plover?.type).toBe("MOBILIZE");
    expect(table.get("154").plover?.mode).toBe("troops");
    expect(table.get("1312").plover?.type).toBe("THREATEN");
    expect(table.get("190").plover?.type).toBe("ASSAULT");
    expect(table.get("041").plover?.mode).toBe("phone");
    // Roots take their "not specified below" code's mapping; 08 YIELD is CONCEDE, as 080.
    expect(table.get("08").plover?.type).toBe("CONCEDE");
    // The duplicated 175 row had a context in its mode column.
    expect(table.get("175").plover).toEqual({
      type: "ASSAULT",
      mode: null,
      context: ["pro_autocracy", "military"],
    });
  });

  it("has no PLOVER type for roots 01–02 and one for every other code", () => {
    for (const code of table.codes()) {
      const { root, plover } = table.get(code);
      if (root === "01" || root === "02") expect(plover, code).toBeNull();
      else expect(plover, code).not.toBeNull();
    }
  });

  it("lists the 16 PLOVER types, with ACCUSE's sign slip fixed", () => {
    const types = table.ploverTypes();
    expect(types).toHaveLength(16);
    const accuse = types.find((t) => t.type === "ACCUSE");
    expect(accuse?.score).toBe(-3);
    expect(types.find((t) => t.type === "CONSULT")?.modes.map((m) => m.mode)).toContain("phone");
  });

  it("gives the ACLED-style view of violence and protest codes only", () => {
    expect(table.get("190").acled).toEqual({ type: "Battles", subtype: "Armed clash" });
    expect(table.get("145").acled).toEqual({ type: "Riots", subtype: "Violent demonstration" });
    expect(table.get("1453").acled?.type).toBe("Riots");
    expect(table.get("141").acled).toEqual({ type: "Protests", subtype: "Peaceful protest" });
    expect(table.get("181").acled?.subtype).toBe("Abduction/forced disappearance");
    expect(table.get("1831").acled?.subtype).toBe("Suicide bomb");
    expect(table.get("1832").acled?.subtype).toBe("Remote explosive/landmine/IED");
    expect(table.get("194").acled?.subtype).toBe("Shelling/artillery/missile attack");
    expect(table.get("1952").acled).toEqual({
      type: "Explosions/Remote violence",
      subtype: "Air/drone strike",
    });
    expect(table.get("2041").acled?.subtype).toBe("Chemical weapon");
    expect(table.get("173").acled).toEqual({ type: "Strategic developments", subtype: "Arrests" });
    expect(table.get("154").acled).toEqual({ type: "Strategic developments", subtype: "Other" });
    expect(table.get("175").acled?.subtype).toBe("Protest with intervention");
    expect(table.get("051").acled).toBeNull();
    expect(table.get("0874").acled).toBeNull();
    expect(table.get("163").acled).toBeNull();
  });

  it("throws a coded error naming an unknown code, never a fallback", () => {
    for (const code of ["999", "1835", "21", "", "08 "]) {
      expect(table.has(code)).toBe(false);
      expect(() => table.get(code)).toThrow(HarbingerError);
      expect(() => table.get(code)).toThrow(`unknown CAMEO event code ${JSON.stringify(code)}`);
      expect(() => table.root(code)).toThrow(HarbingerError);
    }
    try {
      table.get("999");
    } catch (error) {
      expect((error as HarbingerError).code).toBe("E_DATA");
      expect((error as HarbingerError).input).toBe("data/cameo/event-codes.json");
    }
  });
});

describe("CAMEO table validation", () => {
  type Doctored = ReturnType<typeof copy>;

  /** The row for `code` in a copy of the bundled file. */
  const row = (data: Doctored, code: string): Doctored["codes"][number] => {
    const found = data.codes.find((c) => c.code === code);
    if (!found) throw new Error(`${code} is not in the bundled table`);
    return found;
  };

  it("accepts the bundled file as it is", () => {
    expect(parseCameoTable(copy(), "doctored.json").codes()).toHaveLength(raw.codes.length);
  });

  it("rejects a code whose quad or penta class breaks the root rule", () => {
    const quad = copy();
    row(quad, "0874").quad = 3;
    expectRejected(quad, /0874: quad 3, root 08 has 2/);
    const penta = copy();
    row(penta, "16").penta = 4;
    expectRejected(penta, /16: penta 4, root 16 has 3/);
  });

  it("rejects a duplicate code", () => {
    const data = copy();
    data.codes.push(structuredClone(row(data, "041")));
    expectRejected(data, /duplicate code 041/);
  });

  it("rejects a table whose root or parent is missing", () => {
    const root = copy();
    root.codes = root.codes.filter((c) => c.code !== "08");
    expectRejected(root, /0874: root 08 is not listed/);
    const parent = copy();
    parent.codes = parent.codes.filter((c) => c.code !== "183");
    expectRejected(parent, /1831: parent 183 is not listed/);
  });

  it("rejects a bad code, root field, Goldstein value or category", () => {
    const cases: [(data: Doctored) => void, RegExp][] = [
      [
        (d) => {
          row(d, "0874").code = "12345";
        },
        /2 to 4 digits/,
      ],
      [
        (d) => {
          row(d, "0874").root = "07";
        },
        /0874: root 07 is not its first two digits/,
      ],
      [
        (d) => {
          row(d, "190").goldstein = -11;
        },
        /codes\[\d+\]\.goldstein/,
      ],
      [
        (d) => {
          row(d, "190").plover = { type: "ATTACK", mode: null, context: [] };
        },
        /plover\.type/,
      ],
      [
        (d) => {
          row(d, "190").acled = { type: "Battles", subtype: "Riot" };
        },
        /not a sub-type/,
      ],
      [
        (d) => {
          row(d, "051").plover = null;
        },
        /051: PLOVER mapping missing/,
      ],
      [
        (d) => {
          row(d, "012").plover = { type: "CONSULT", mode: null, context: [] };
        },
        /012: roots 01–02 have none/,
      ],
      [
        (d) => {
          d.ploverTypes = d.ploverTypes.filter((t) => t.type !== "ASSAULT");
        },
        /ASSAULT missing/,
      ],
    ];
    for (const [doctor, pattern] of cases) {
      const data = copy();
      doctor(data);
      expectRejected(data, pattern);
    }
  });
});
