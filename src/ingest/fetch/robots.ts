/**
 * robots.txt, fetched once per site and cached: a disallowed address is not fetched, and a
 * Crawl-delay slows requests to that site. Unavailable rules follow RFC 9309: a 4xx answer
 * means no rules (all allowed); a 5xx answer or an unreachable site means everything is
 * disallowed for now, since the site may be struggling.
 */

import robotsParserModule from "robots-parser";
import type { Clock } from "./clock.js";

/** How long rules are kept: a day when read (RFC 9309's advice), less when unavailable. */
// The package is CommonJS (`module.exports = fn`) while its types declare a default export;
// under Node's ESM interop the default import is that function itself.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

const RULES_TTL_MS = 24 * 60 * 60 * 1000;
const FAILURE_TTL_MS = 10 * 60 * 1000;

export interface RobotsAnswer {
  readonly status: number;
  readonly text: string;
}

/** Fetches `/robots.txt` of an origin; throws when the site cannot be reached. */
export type RobotsFetch = (robotsUrl: URL, signal?: AbortSignal) => Promise<RobotsAnswer>;

export interface RobotsVerdict {
  readonly allowed: boolean;
  /** The site's Crawl-delay for Harbinger, in milliseconds. */
  readonly crawlDelayMs?: number;
  /** Why an address is disallowed, for the skip message. */
  readonly reason?: string;
  /** The error that kept robots.txt from being read, when that is why. */
  readonly failure?: unknown;
}

interface Rules {
  readonly expires: number;
  verdict(url: string): RobotsVerdict;
}

export class RobotsCache {
  private readonly origins = new Map<string, Promise<Rules>>();
  private readonly agentToken: string;

  constructor(
    private readonly fetchRobots: RobotsFetch,
    userAgent: string,
    private readonly clock: Clock,
  ) {
    // Rules name crawlers by product token: "Harbinger" in "Harbinger/0.1.0 (+…)".
    this.agentToken = userAgent.split(/[/\s]/)[0] || userAgent;
  }

  async check(url: URL, signal?: AbortSignal): Promise<RobotsVerdict> {
    const origin = url.origin;
    let rules = this.origins.get(origin);
    if (rules !== undefined && (await rules).expires < this.clock.now()) rules = undefined;
    if (rules === undefined) {
      rules = this.load(origin, signal);
      this.origins.set(origin, rules);
    }
    return (await rules).verdict(url.toString());
  }

  private async load(origin: string, signal?: AbortSignal): Promise<Rules> {
    const robotsUrl = new URL("/robots.txt", origin);
    let answer: RobotsAnswer;
    try {
      answer = await this.fetchRobots(robotsUrl, signal);
    } catch (error) {
      if (signal?.aborted) throw error;
      // Nothing is fetched from a site whose rules cannot be read (RFC 9309); the reason —
      // unreachable, refused address, timeout — is the page's error too, and says more.
      const expires = this.clock.now() + FAILURE_TTL_MS;
      return { expires, verdict: () => ({ allowed: false, failure: error }) };
    }
    if (answer.status >= 500) return this.blocked(`robots.txt answered HTTP ${answer.status}`);
    const expires = this.clock.now() + RULES_TTL_MS;
    if (answer.status >= 400 || answer.status < 200) {
      return { expires, verdict: () => ({ allowed: true }) };
    }
    const robot = robotsParser(robotsUrl.toString(), answer.text);
    const delay = robot.getCrawlDelay(this.agentToken);
    const crawlDelayMs = typeof delay === "number" && delay > 0 ? delay * 1000 : undefined;
    return {
      expires,
      verdict: (url) => {
        const allowed = robot.isAllowed(url, this.agentToken) !== false;
        return {
          allowed,
          ...(crawlDelayMs !== undefined && { crawlDelayMs }),
          ...(!allowed && {
            reason: `disallowed by line ${robot.getMatchingLineNumber(url, this.agentToken)} of robots.txt`,
          }),
        };
      },
    };
  }

  private blocked(reason: string): Rules {
    return {
      expires: this.clock.now() + FAILURE_TTL_MS,
      verdict: () => ({ allowed: false, reason }),
    };
  }
}
