import { describe, expect, it } from "vitest";
import { boxCells, geoCell } from "./geo-cells.js";

describe("grid cells", () => {
  it("numbers one-degree cells from the south-west corner", () => {
    expect(geoCell(-90, -180)).toBe(0);
    expect(geoCell(-89.5, -179.5)).toBe(0);
    expect(geoCell(0, 0)).toBe(90 * 360 + 180);
    expect(geoCell(50.45, 30.52)).toBe(140 * 360 + 210);
    expect(geoCell(90, 180)).toBe(179 * 360);
  });

  it("lists the cells a box covers, the box's own point inside one of them", () => {
    const cells = boxCells({ minLon: 30.1, minLat: 50.2, maxLon: 31.9, maxLat: 50.8 }) ?? [];
    expect(cells).toEqual([geoCell(50.5, 30.5), geoCell(50.5, 31.5)]);
    expect(cells).toContain(geoCell(50.45, 30.52));
  });

  it("wraps round the antimeridian", () => {
    const cells = boxCells({ minLon: 178.5, minLat: -18.5, maxLon: -178.5, maxLat: -18.1 }) ?? [];
    expect(cells).toEqual([
      geoCell(-18.2, 178.5),
      geoCell(-18.2, 179.5),
      geoCell(-18.2, -179.5),
      geoCell(-18.2, -178.5),
    ]);
  });

  it("gives up on boxes too large to list", () => {
    expect(boxCells({ minLon: -180, minLat: -90, maxLon: 180, maxLat: 90 })).toBeNull();
    expect(boxCells({ minLon: 0, minLat: 0, maxLon: 9.5, maxLat: 9.5 })).toHaveLength(100);
  });
});
