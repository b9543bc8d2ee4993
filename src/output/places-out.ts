/**
 * Places and event locations as the output contract writes them: every place mention with its
 * gazetteer place and coordinates, and each event's location as name, point and country.
 */

import type { EventOut, PlaceOut } from "../model/contract.js";
import type { Doc, DocEvent, ResolvedPlace } from "../model/doc.js";

export function placesOut(doc: Doc): PlaceOut[] {
  return doc.places.map((p) => ({
    text: doc.text.slice(p.start, p.end),
    start: p.start,
    end: p.end,
    name: p.place.name,
    geonameid: p.place.geonameid,
    country: p.place.country,
    admin1: p.place.admin1,
    lat: p.place.lat,
    lon: p.place.lon,
    feature: featureClass(p.place),
  }));
}

export function locationOut(doc: Doc, event: DocEvent): EventOut["location"] {
  const place = event.location == null ? undefined : doc.places[event.location]?.place;
  if (place === undefined) return null;
  return { name: place.name, lat: place.lat, lon: place.lon, country: place.country };
}

const WATER = new Set(["SEA", "OCN", "GULF", "STRT", "BAY", "LK", "STM"]);

/** A reader's word for the GeoNames feature code: country, admin1, city, region, continent, water. */
export function featureClass(place: ResolvedPlace): string {
  const code = place.feature;
  if (code.startsWith("PCL")) return "country";
  if (code === "ADM1") return "admin1";
  if (code === "CONT") return "continent";
  if (WATER.has(code)) return "water";
  if (code.startsWith("PPL")) return "city";
  return "region";
}
