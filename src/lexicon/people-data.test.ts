import { describe, expect, it } from "vitest";
import data from "../../data/actors/people.json" with { type: "json" };
import { PeopleFileSchema, type PersonEntry, type RoleEntry } from "./actor-schemas.js";

const file = PeopleFileSchema.parse(data);
const people = file.people;

/** Titles the file may use (normalised, lower case). */
const TITLES = new Set([
  "president",
  "vice president",
  "deputy president",
  "prime minister",
  "deputy prime minister",
  "chancellor",
  "king",
  "queen",
  "emperor",
  "emir",
  "crown prince",
  "deputy crown prince",
  "supreme leader",
  "foreign minister",
  "defence minister",
  "secretary of state",
  "secretary of defense",
  "national security adviser",
  "security council secretary",
  "head of presidential office",
  "chief of general staff",
  "commander-in-chief",
  "army chief",
  "revolutionary guards commander",
  "commander",
  "secretary general",
  "high representative",
  "spokesperson",
  "opposition leader",
  "speaker",
  "head of state",
  "deputy head of state",
  "head of government",
  "premier",
  "leader",
  "director general",
  "managing director",
  "high commissioner",
]);

function person(name: string): PersonEntry {
  const found = people.find((p) => p.name === name);
  if (found === undefined) throw new Error(`no person named ${name}`);
  return found;
}

function rolesOn(p: PersonEntry, date: string): RoleEntry[] {
  return p.roles.filter((r) => r.from <= date && (r.to === null || date <= r.to));
}

function holds(name: string, code: string, title: string, date: string): boolean {
  return rolesOn(person(name), date).some((r) => r.code === code && r.title === title);
}

/** A surname as compared for ambiguity: case-folded, without a leading "al-" / "el-". */
function surnameKey(word: string): string {
  return word.toLowerCase().replace(/^(?:al|el)-/, "");
}

describe("people with dated roles (data/actors/people.json)", () => {
  it("validates against PeopleFileSchema and is large enough", () => {
    expect(() => PeopleFileSchema.parse(data)).not.toThrow();
    expect(people.length).toBeGreaterThanOrEqual(250);
    expect(file.sources.length).toBeGreaterThan(0);
  });

  it("has unique names", () => {
    const names = people.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("shares no alias between two people and uses no other person's name as an alias", () => {
    const owner = new Map<string, string>();
    const names = new Map(people.map((p) => [p.name.toLowerCase(), p.name]));
    const clashes: string[] = [];
    for (const p of people) {
      for (const alias of p.aliases) {
        const key = alias.toLowerCase();
        const prior = owner.get(key);
        if (prior !== undefined && prior !== p.name) clashes.push(`${alias}: ${prior} / ${p.name}`);
        owner.set(key, p.name);
        const named = names.get(key);
        if (named !== undefined && named !== p.name) clashes.push(`${alias}: name of ${named}`);
        if (alias === p.name) clashes.push(`${alias}: repeats the name`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("gives no one-word alias that is another person's surname", () => {
    const surnames = new Map<string, string[]>();
    for (const p of people) {
      const last = p.name.split(" ").at(-1) ?? p.name;
      const key = surnameKey(last);
      surnames.set(key, [...(surnames.get(key) ?? []), p.name]);
    }
    const clashes: string[] = [];
    for (const p of people) {
      for (const alias of p.aliases) {
        if (alias.includes(" ")) continue;
        const others = (surnames.get(surnameKey(alias)) ?? []).filter((n) => n !== p.name);
        if (others.length > 0) clashes.push(`${p.name}: ${alias} (${others.join(", ")})`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("never overlaps two roles with the same title for one person", () => {
    const overlaps: string[] = [];
    for (const p of people) {
      const byTitle = new Map<string, RoleEntry[]>();
      for (const r of p.roles) byTitle.set(r.title, [...(byTitle.get(r.title) ?? []), r]);
      for (const [title, roles] of byTitle) {
        const sorted = [...roles].sort((a, b) => a.from.localeCompare(b.from));
        for (let i = 1; i < sorted.length; i++) {
          const before = sorted[i - 1];
          const after = sorted[i];
          if (before === undefined || after === undefined) continue;
          if (before.to === null || before.to >= after.from) {
            overlaps.push(`${p.name}: ${title} ${before.from}..${before.to} / ${after.from}`);
          }
        }
      }
    }
    expect(overlaps).toEqual([]);
  });

  it("codes every role under the person's country or an international organisation", () => {
    const wrong = people.flatMap((p) =>
      p.roles
        .filter((r) => !r.code.startsWith(p.country) && !r.code.startsWith("IGO"))
        .map((r) => `${p.name}: ${r.code}`),
    );
    expect(wrong).toEqual([]);
  });

  it("uses only known titles", () => {
    const unknown = people.flatMap((p) =>
      p.roles.filter((r) => !TITLES.has(r.title)).map((r) => `${p.name}: ${r.title}`),
    );
    expect(unknown).toEqual([]);
  });

  it("answers spot checks on dated roles", () => {
    expect(holds("Justin Trudeau", "CANGOV", "prime minister", "2022-02-13")).toBe(true);
    expect(holds("Anita Anand", "CANGOV", "defence minister", "2022-02-13")).toBe(true);
    expect(person("Anita Anand").gender).toBe("f");
    const zelensky = person("Volodymyr Zelensky");
    expect(zelensky.roles).toContainEqual({
      code: "UKRGOV",
      title: "president",
      from: "2019-05-20",
      to: null,
    });
    expect(zelensky.aliases).toEqual(expect.arrayContaining(["Zelenskyy", "Zelenskiy"]));
    expect(holds("Volodymyr Zelensky", "UKRGOV", "president", "2019-05-19")).toBe(false);
    expect(holds("Sergei Lavrov", "RUSGOV", "foreign minister", "2022-02-24")).toBe(true);
    expect(holds("Boris Johnson", "GBRGOV", "prime minister", "2022-01-10")).toBe(true);
    expect(holds("Boris Johnson", "GBRGOV", "prime minister", "2023-01-01")).toBe(false);
    expect(holds("Jens Stoltenberg", "IGOWSTNAT", "secretary general", "2022-01-12")).toBe(true);
    expect(holds("Olaf Scholz", "DEUGOV", "chancellor", "2022-02-15")).toBe(true);
    expect(holds("Valery Gerasimov", "RUSMIL", "chief of general staff", "2022-02-24")).toBe(true);
    expect(holds("Valerii Zaluzhnyi", "UKRMIL", "commander-in-chief", "2022-02-24")).toBe(true);
    expect(holds("Oleksandr Syrskyi", "UKRMIL", "commander-in-chief", "2024-03-01")).toBe(true);
    expect(holds("Abdel Fattah al-Burhan", "SDNMIL", "commander-in-chief", "2023-04-15")).toBe(
      true,
    );
    expect(holds("Mohamed Hamdan Dagalo", "SDNREB", "commander", "2023-06-01")).toBe(true);
  });

  it("never has two holders of a national single-holder post at once, beyond a handover day", () => {
    const single = new Set([
      "president",
      "prime minister",
      "chancellor",
      "premier",
      "foreign minister",
      "defence minister",
      "secretary of state",
      "secretary of defense",
    ]);
    // Rival governments claiming the same post at the same time.
    const rivals = new Set(["LBYGOV prime minister"]);
    const byPost = new Map<string, { name: string; role: RoleEntry }[]>();
    for (const p of people) {
      for (const role of p.roles) {
        const post = `${role.code} ${role.title}`;
        if (!single.has(role.title) || role.code.startsWith("IGO") || rivals.has(post)) continue;
        byPost.set(post, [...(byPost.get(post) ?? []), { name: p.name, role }]);
      }
    }
    const clashes: string[] = [];
    for (const [post, holders] of byPost) {
      const sorted = [...holders].sort((a, b) => a.role.from.localeCompare(b.role.from));
      for (let i = 1; i < sorted.length; i++) {
        const after = sorted[i];
        if (after === undefined) continue;
        for (const before of sorted.slice(0, i)) {
          if (before.role.to === null || before.role.to > after.role.from) {
            clashes.push(`${post}: ${before.name} / ${after.name} (${after.role.from})`);
          }
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});
