/**
 * The place stages, given the actor lexicon and the gazetteer: place names after actors and
 * coreference, and event locations after the events are coded.
 */

import type { ActorLexicon } from "../lexicon/actor-lexicon.js";
import type { Gazetteer } from "../lexicon/gazetteer.js";
import type { Stage } from "../pipeline/stage.js";
import { locateEvents } from "./event-locations.js";
import { recognizePlaces } from "./places.js";

export function placeStage(lexicon: ActorLexicon, gazetteer: Gazetteer): Stage {
  return {
    name: "places",
    needs: ["mentions", "clauses"],
    sets: ["places"],
    run: (doc) => recognizePlaces(doc, lexicon, gazetteer),
  };
}

export function eventLocationStage(): Stage {
  return {
    name: "event-locations",
    needs: ["events", "places"],
    sets: ["eventLocations"],
    run: (doc) => locateEvents(doc),
  };
}
