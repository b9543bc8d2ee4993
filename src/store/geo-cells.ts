/**
 * One-degree grid cells for bounding-box queries on both engines without spatial extensions:
 * each event with a location stores its cell number, indexed with the date, and a box becomes
 * the list of cells it covers (the exact latitude and longitude test then trims the edges).
 */

const MAX_CELLS = 1000;

const rowOf = (lat: number) => Math.min(179, Math.max(0, Math.floor(lat) + 90));
const columnOf = (lon: number) => (((Math.floor(lon) + 180) % 360) + 360) % 360;

export function geoCell(lat: number, lon: number): number {
  return rowOf(lat) * 360 + columnOf(lon);
}

export interface Box {
  readonly minLon: number;
  readonly minLat: number;
  readonly maxLon: number;
  readonly maxLat: number;
}

/**
 * The cells a box covers, or null when there are more than MAX_CELLS: a box that large holds
 * so many events that reading them in date order and testing each is the faster plan.
 */
export function boxCells(box: Box): number[] | null {
  const firstRow = rowOf(box.minLat);
  const lastRow = rowOf(box.maxLat);
  const firstColumn = columnOf(box.minLon);
  // The east edge at 180° is the last column, not the first one again.
  const lastColumn = columnOf(box.maxLon >= 180 ? 179.5 : box.maxLon);
  // A west edge east of the east edge means the box crosses the antimeridian: wrap round.
  const columns =
    box.minLon <= box.maxLon
      ? lastColumn - firstColumn + 1
      : ((lastColumn - firstColumn + 360) % 360) + 1;
  const count = (lastRow - firstRow + 1) * columns;
  if (count > MAX_CELLS) return null;
  const cells: number[] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    for (let i = 0; i < columns; i++) cells.push(row * 360 + ((firstColumn + i) % 360));
  }
  return cells;
}
