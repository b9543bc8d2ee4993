/**
 * The actor dictionaries that ship with Harbinger, imported as JSON modules so that bundlers
 * inline them and the core needs no file system. Validated and indexed once, on first use.
 */

import agents from "../../data/actors/agents.json" with { type: "json" };
import countries from "../../data/actors/countries.json" with { type: "json" };
import groups from "../../data/actors/groups.json" with { type: "json" };
import organisations from "../../data/actors/organisations.json" with { type: "json" };
import people from "../../data/actors/people.json" with { type: "json" };
import regions from "../../data/actors/regions.json" with { type: "json" };
import { type ActorLexicon, buildActorLexicon, parseActorDictionaries } from "./actor-lexicon.js";

let bundled: ActorLexicon | null = null;

export function bundledActorLexicon(): ActorLexicon {
  bundled ??= buildActorLexicon(
    parseActorDictionaries({ countries, organisations, groups, agents, people, regions }),
  );
  return bundled;
}
