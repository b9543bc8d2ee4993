/**
 * The phases of the bench and the report each in-process phase runner prints. Kept free of
 * NLP imports so the orchestrator can name phases without loading wink-nlp itself.
 */

export const IN_PROCESS_PHASES = [
  "baseline-a",
  "baseline-b",
  "nlp",
  "analyze",
  "code",
  "code-each",
] as const;
export type InProcessPhase = (typeof IN_PROCESS_PHASES)[number];
export type Phase = InProcessPhase | "cli" | "cli-jobs";

export const PHASE_LABELS: Readonly<Record<Phase, string>> = {
  "baseline-a": "A  wink readDoc, default pipe",
  "baseline-b": "B  wink readDoc, Harbinger pipe",
  nlp: "Harbinger NLP layer (text stages)",
  analyze: "Harbinger coder.analyzeMany",
  code: "Harbinger coder.codeMany + JSON",
  "code-each": "Harbinger coder.code + JSON, one at a time",
  cli: "CLI end to end (harbinger code --jobs 1)",
  "cli-jobs": "CLI end to end, --jobs auto",
};

export function isInProcessPhase(name: string): name is InProcessPhase {
  return (IN_PROCESS_PHASES as readonly string[]).includes(name);
}

/** What a phase runner prints on stdout as one JSON line. */
export interface PhaseReport {
  readonly phase: InProcessPhase;
  readonly articles: number;
  /** UTF-8 bytes of the article texts of the timed pass. */
  readonly bytes: number;
  /** Sentences and tokens the phase itself saw; null when its result does not expose them. */
  readonly sentences: number | null;
  readonly tokens: number | null;
  /** Events coded and JSON characters written; null for phases that code nothing. */
  readonly events: number | null;
  readonly outputChars: number | null;
  readonly warmupArticles: number;
  /** Model loading and coder construction, before the warm-up. */
  readonly setupSeconds: number;
  /** The timed full pass. */
  readonly seconds: number;
  /** Peak resident set of the runner process, corpus in memory included. */
  readonly maxRssKb: number;
}
