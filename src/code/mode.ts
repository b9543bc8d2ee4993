/**
 * An event's mode from its clause and the clauses that govern it: negation ("did not attack",
 * "denies wanting"), hypothesis ("could", "if"), intention ("will", "promised to", "is willing
 * to"), demand and appeal ("urged … to", "demanded that"), report ("the ministry says …").
 * Intended and demanded actions are recoded as CAMEO does: a promised sanction is a threat
 * (1312), a promised withdrawal an intent to de-escalate (0356), an urged one an appeal (0256).
 */

import type { Clause, Doc, EventMode, VerbGroup } from "../model/doc.js";
import { isTimeChunk, lower } from "../text/token-tests.js";
import { type Modality, recode } from "./modality.js";
import { isCopulaWith, isIntendingCopula, isPending, nounContent } from "./mode-cues.js";

export type Recoding = "intent" | "threat" | "appeal" | "demand" | "refusal";

export interface ModeDecision {
  readonly mode: EventMode;
  /** The CAMEO code after recoding for mode. */
  readonly code: string;
  /** The governing clause of a demand or appeal, whose subject demands of its object. */
  readonly demander: Clause | null;
  /**
   * The governing clause whose verb decided the mode ("agreed", "urged", "refused"): its own
   * event, if any, is superseded by this one.
   */
  readonly governor: Clause | null;
  /** The word that decided the mode ("promised", "urged", "not"), for the rule id. */
  readonly cue: string | null;
}

/** Clauses whose governing verb can change the mode of what they state. */
const GOVERNED = new Set(["nonfinite", "complement"]);
/** Roots whose intended form is a threat (13x) rather than an intent to cooperate (03x). */
const CONFLICT_ROOTS = new Set(["14", "15", "16", "17", "18", "19", "20"]);

export function decideMode(
  doc: Doc,
  clause: Clause,
  actionCode: string,
  modality: Modality,
  /** True when the pattern itself is about the negation ("does not reveal" → 011). */
  negationIsEvent = false,
): ModeDecision {
  let negated = false;
  let ownNegation = false;
  let hypothetical = false;
  let intended: Recoding | null = null;
  let demanded: Recoding | null = null;
  let demander: Clause | null = null;
  let refused = false;
  let governor: Clause | null = null;
  let cue: string | null = null;

  const own = groupOf(doc, clause);
  if (own?.negation != null && !negationIsEvent) {
    negated = true;
    ownNegation = true;
    cue = "not";
  }
  // "Ethiopia said it would allow …", "the EU would hold talks next month": with no condition
  // in the sentence, "would" is the future seen from the past — an intention.
  const futureOfPast = own?.modal === "would" && !hasCondition(doc, clause);
  // "would not comment": when the negation is the event, "would not" refuses now ("could not
  // confirm" stays a matter of ability).
  const refusesNow = negationIsEvent && own?.negation != null && own.modal === "would";
  if (own?.modal != null && modality.hypotheticalModals.has(own.modal) && !refusesNow) {
    if (futureOfPast) {
      intended = intentOrThreat(actionCode);
    } else {
      hypothetical = true;
    }
  }
  // A refusal pattern ("will not end the strike" → 1242) states the refusal now, not later.
  if (own?.future && !negationIsEvent) intended = intentOrThreat(actionCode);
  // "will not lift the embargo", "won't end the strike", "said he would not provide support":
  // refusing a concession is a rejection CAMEO names (12x), stated now.
  if (
    // ("would never join" in "a promise that Ukraine would never join" is no one's refusal.)
    (own?.future || (futureOfPast && clause.attribution !== null)) &&
    ownNegation &&
    recode(modality.refusalCodes, actionCode) !== null
  ) {
    const mode: EventMode = clause.attribution !== null ? "reported" : "asserted";
    return {
      mode,
      code: recodeFor("refusal", actionCode, modality),
      demander: null,
      governor: null,
      cue: "not",
    };
  }
  // "Trump said North Korea must disarm": an obligation laid on another, reported, is a demand
  // by the speaker of the one who must act.
  if (
    own?.modal === "must" &&
    clause.kind === "complement" &&
    clause.parent !== null &&
    clause.attribution !== null
  ) {
    const speaker = doc.clauses[clause.parent] as Clause;
    if (speaker.subject !== null && speaker.subject !== clause.subject) {
      return {
        mode: "demanded",
        code: recodeFor("demand", actionCode, modality),
        demander: speaker,
        governor: speaker,
        cue: "must",
      };
    }
  }
  if (clause.kind === "conditional") hypothetical = true;

  let reportedByNoun = false;
  let believed = false;
  let child = clause;
  const demand = (kind: Recoding, by: Clause, word: string) => {
    // "Iran urged France to pressure the US to lift sanctions": a demand that is itself only
    // asked for is not made; the outer asker appeals to its addressee for what the inner one
    // wants (Iran → France, easing of sanctions).
    const outer = demander !== null && demander === child;
    if (demanded !== null && !outer) return;
    demanded = kind;
    demander = by;
    governor ??= by;
    cue ??= word;
  };
  for (let depth = 0; depth < 4 && child.parent !== null; depth++) {
    // "reports that Paris and Moscow struck a deal", "no sign that Washington was ready to
    // accept": the clause is the content of a noun, a report or a conjecture, not a fact.
    const content = nounContent(doc, child, modality);
    if (content === "negated") negated = true;
    else if (content === "conjecture") hypothetical = true;
    else if (content === "report") reportedByNoun = true;
    if (content !== null && child.marker !== null) cue ??= lower(doc, child.marker - 1);
    // "unclear whether Russia will attack", "asked whether Kenya would send troops": an
    // indirect yes-no question leaves its content open.
    if (child.marker !== null && lower(doc, child.marker) === "whether") {
      hypothetical = true;
      cue ??= "whether";
    }
    const parent = doc.clauses[child.parent] as Clause;
    const governed = GOVERNED.has(child.kind);
    const group = groupOf(doc, parent);
    if (governed && group !== undefined) {
      const key =
        group.particle === null ? group.lemma : `${group.lemma} ${lower(doc, group.particle)}`;
      const word = doc.text.slice(doc.tokens.start[group.head], doc.tokens.end[group.head]);
      if (
        depth === 0 &&
        !negationIsEvent &&
        modality.refusing.has(group.lemma) &&
        recode(modality.refusalCodes, actionCode) !== null
      ) {
        // "refused to release the sailors": the refusal happened; CAMEO codes it 12x.
        refused = true;
        cue ??= word;
        governor ??= parent;
      } else if (modality.believing.has(group.lemma) && group.voice === "active") {
        // "expects Russia to attack" foresees another's act; expecting to act oneself is an
        // intention ("Kenya expects to sign a deal").
        cue ??= word;
        if (child.subject !== parent.subject) {
          believed = true;
          if (child.kind === "nonfinite") hypothetical = true;
        } else if (child.kind === "nonfinite") {
          intended ??= intentOrThreat(actionCode);
          governor ??= parent;
        }
      } else if (modality.negating.has(key) || modality.negating.has(group.lemma)) {
        // "declined to comment": when the negation is the event, the governor does not negate it.
        if (!(negationIsEvent && depth === 0)) negated = true;
        cue ??= word;
      } else if (modality.threatening.has(group.lemma)) {
        intended ??= "threat";
        cue ??= word;
        governor ??= parent;
      } else if (
        modality.intending.has(group.lemma) &&
        parent.object !== null &&
        child.subject === parent.object
      ) {
        // "Obama wants Putin to attack": wanting another to act is appealing to them.
        demanded ??= "appeal";
        demander ??= parent;
        cue ??= word;
        governor ??= parent;
      } else if (
        modality.intending.has(group.lemma) ||
        isIntendingCopula(doc, group, modality) ||
        (modality.striving.has(group.lemma) && !isVerbalAct(actionCode))
      ) {
        intended ??= intentOrThreat(actionCode);
        cue ??= word;
        governor ??= parent;
      } else if (
        modality.permitting.has(group.lemma) ||
        modality.considering.has(group.lemma) ||
        isCopulaWith(doc, group, modality.predictingAdjectives)
      ) {
        // "authorised Putin to deploy the armed forces": permitted, not yet done. The
        // governing act (authorising, considering) stays an event of its own.
        hypothetical = true;
        cue ??= word;
      } else if (modality.demanding.has(group.lemma)) {
        demand("demand", parent, word);
      } else if (modality.appealing.has(group.lemma) && !isPhoneCall(doc, parent, group)) {
        demand("appeal", parent, word);
      }
      if (group.negation !== null) negated = true;
      // "Russia has yet to withdraw", "Kenya is yet to respond": not done so far.
      if (isPending(doc, group, modality)) {
        negated = true;
        cue ??= lower(doc, group.endToken);
      }
      if (group.modal !== null && modality.hypotheticalModals.has(group.modal)) hypothetical = true;
    }
    // "faces pressure to help Iran", "sent troops to protect civilians": an infinitive that no
    // verb governs directly states a purpose or a pressure, not a fact.
    if (
      depth === 0 &&
      child.kind === "nonfinite" &&
      cue === null &&
      group?.complement !== clause.verb
    ) {
      hypothetical = true;
    }
    if (parent.kind === "conditional") hypothetical = true;
    // Only a coordinated verb sharing its subject ("refused to stop and withdraw") shares its
    // governors; a coordinated clause with a subject of its own stands alone.
    const sharesGovernors = child.kind === "coordinate" && child.subjectShared;
    if (!governed && !sharesGovernors) break;
    child = parent;
  }

  // "urged Russia not to attack": asking that a hostile act not happen is an appeal (or demand)
  // for de-escalation, 0256 / 1056.
  if (demanded !== null && ownNegation && CONFLICT_ROOTS.has(actionCode.slice(0, 2))) {
    const code = demanded === "appeal" ? "0256" : "1056";
    return { mode: "demanded", code, demander, governor, cue };
  }
  // "Officials fear Russia will attack", "analysts believe Moscow plans to invade": a belief
  // about what another will do is a conjecture, not that actor's stated intention or threat.
  if (believed && intended !== null && demanded === null) hypothetical = true;
  const mode: EventMode = negated
    ? "negated"
    : hypothetical
      ? "hypothetical"
      : demanded !== null
        ? "demanded"
        : intended !== null
          ? "intended"
          : clause.attribution !== null || reportedByNoun
            ? "reported"
            : "asserted";
  if (refused && mode === "asserted") {
    return {
      mode,
      code: recodeFor("refusal", actionCode, modality),
      demander: null,
      governor,
      cue,
    };
  }
  const recoding = mode === "demanded" ? demanded : mode === "intended" ? intended : null;
  return {
    mode,
    code: recodeFor(recoding, actionCode, modality),
    demander: mode === "demanded" ? demander : null,
    governor,
    cue,
  };
}

/** Whether the clause's sentence states a condition ("if", "unless") the clause may depend on. */
function hasCondition(doc: Doc, clause: Clause): boolean {
  return doc.clauses.some((c) => c.sentence === clause.sentence && c.kind === "conditional");
}

/** Negated by its own verb ("does not reveal") or by the verb governing it ("declined to comment"). */
export function isNegatedClause(doc: Doc, clause: Clause, modality: Modality): boolean {
  if (groupOf(doc, clause)?.negation != null) return true;
  if (clause.parent === null || !GOVERNED.has(clause.kind)) return false;
  const parent = groupOf(doc, doc.clauses[clause.parent] as Clause);
  return parent !== undefined && modality.negating.has(parent.lemma);
}

function groupOf(doc: Doc, clause: Clause): VerbGroup | undefined {
  return clause.verb === null ? undefined : doc.verbGroups[clause.verb];
}

function intentOrThreat(code: string): Recoding {
  return CONFLICT_ROOTS.has(code.slice(0, 2)) ? "threat" : "intent";
}

function recodeFor(recoding: Recoding | null, code: string, modality: Modality): string {
  switch (recoding) {
    case "intent":
      return recode(modality.intentCodes, code) ?? code;
    case "threat":
      return recode(modality.threatCodes, code) ?? "130";
    case "appeal":
      return recode(modality.appealCodes, code) ?? "020";
    case "demand":
      return recode(modality.demandCodes, code) ?? "100";
    case "refusal":
      return recode(modality.refusalCodes, code) ?? "120";
    default:
      return code;
  }
}

/** Roots 01–05: statements, appeals, intentions, consultations and diplomatic words. */
function isVerbalAct(code: string): boolean {
  return code.slice(0, 2) <= "05";
}

/**
 * "Netanyahu called Morrison to congratulate him": "call" with an object and no "on" is a phone
 * call whose infinitive says what for; "called on Russia to withdraw" is the appeal.
 */
function isPhoneCall(doc: Doc, clause: Clause, group: VerbGroup): boolean {
  if (group.lemma !== "call" || clause.object === null) return false;
  const particle = group.particle === null ? "" : lower(doc, group.particle);
  if (particle === "on" || particle === "upon") return false;
  // "called Morrison on Wednesday": a day is no addressee.
  return !clause.preps.some((p) => {
    const word = lower(doc, p.prep);
    return (word === "on" || word === "upon") && !isTimeChunk(doc, p.chunk);
  });
}
