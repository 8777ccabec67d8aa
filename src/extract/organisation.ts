// Organisation names → comparison keys, shared by members claims (founders of X) and place claims
// (headquarters of X). Kept apart from place.ts and members.ts so both can use it without an import cycle.
import { readFileSync } from "node:fs";
import { countryOf, foldName } from "./people.js";

interface OrganisationWords {
  organisationHeads: string[];
  institutionWords?: string[];
  corporateSuffixes: string[];
  nonDistinctiveWords: string[];
}

const WORDS: OrganisationWords = JSON.parse(
  readFileSync(new URL("../../data/relations.json", import.meta.url), "utf8"),
) as OrganisationWords;

const HEADS = new Set(WORDS.organisationHeads);
const SUFFIXES = new Set(WORDS.corporateSuffixes.map((s) => s.replace(/\./g, "").toLowerCase()));
const NON_DISTINCTIVE = new Set(WORDS.nonDistinctiveWords.map((w) => w.toLowerCase()));
const CONNECTORS = /^(?:of|for|and|the|on|de)$/i;

/** Words of a name without a leading article and the punctuation of "Inc." or "S.A.". */
function wordsOf(name: string): string[] {
  return name
    .replace(/^the\s+/i, "")
    .replace(/['’]s$/u, "")
    .split(/[\s,]+/)
    .map((w) => w.replace(/\.$/, ""))
    .filter(Boolean);
}

function isSuffix(word: string): boolean {
  return SUFFIXES.has(word.replace(/\./g, "").toLowerCase());
}

/** A name that can stand alone for an organisation: some word that is not generic, and not a country. */
function isDistinctive(words: string[]): boolean {
  if (!words.length) return false;
  if (countryOf(words.join(" ")) !== null) return false;
  return words.some((w) => !NON_DISTINCTIVE.has(w.toLowerCase()) && !isSuffix(w) && countryOf(w) === null);
}

/**
 * The name without generic legal or corporate suffixes ("Norrhavn Robotics Group Ltd" → "Norrhavn Robotics"),
 * or the name as written when what would remain is not distinctive ("National Group", "China Group").
 */
export function organisationCore(name: string): string {
  const words = wordsOf(name);
  let end = words.length;
  while (end > 1 && isSuffix(words[end - 1]!)) end--;
  const core = words.slice(0, end);
  return (isDistinctive(core) ? core : words).join(" ");
}

function initials(words: string[]): string {
  return words
    .filter((w) => !CONNECTORS.test(w))
    .map((w) => w[0] ?? "")
    .join("")
    .toLowerCase();
}

/** True when the key is formed of initials (an institution known by its acronym), not a folded name. */
export function isInitialsKey(name: string): boolean {
  const words = organisationCore(name).split(/\s+/);
  return words.length >= 2 && HEADS.has(words[words.length - 1]!);
}

/**
 * Comparison key of an organisation name. Institutions named by a head word ("Northern Trade Council")
 * key by their initials so an acronym matches; companies key by their folded core name, so
 * "The Norrhavn Group" and "Norrhavn Group" agree and "Norrhavn Robotics Group" is "norrhavn robotics".
 */
export function organisationKey(name: string): string {
  const bare = name.replace(/^the\s+/i, "").trim();
  if (/^[A-Z]{2,8}$/.test(bare)) return bare.toLowerCase();
  const core = organisationCore(bare);
  const words = core.split(/\s+/);
  if (isInitialsKey(bare)) return initials(words);
  return foldName(core.replace(/[-‐–—]/g, " "));
}

/**
 * Within one corpus a short name stands for the longer one it begins ("Norrhavn" for "Norrhavn
 * Robotics") when exactly one longer key begins with it. Returns key → merged key; keys with two
 * possible expansions ("china" for "china development", "china construction") are left alone.
 */
export function mergeOrganisationKeys(keys: Iterable<string>): Map<string, string> {
  const all = [...new Set(keys)];
  const merged = new Map<string, string>();
  for (const short of all) {
    const longer = all.filter((k) => k !== short && k.startsWith(`${short} `));
    // "solvik aerial" and "solvik aerial systems" are one chain of expansions: only the longest ends count.
    const ends = longer.filter((k) => !longer.some((l) => l !== k && l.startsWith(`${k} `)));
    if (ends.length === 1) merged.set(short, ends[0]!);
  }
  // Follow chains so every key maps to its final expansion.
  const resolve = (k: string): string => {
    let cur = k;
    for (let i = 0; i < 5 && merged.has(cur); i++) cur = merged.get(cur)!;
    return cur;
  };
  return new Map(all.map((k) => [k, resolve(k)]));
}

const NAME_WORD = String.raw`\p{Lu}(?:[\p{L}\p{M}'’&\-]|\.(?=\p{L}))*`;
const HEAD_ALT = [...new Set([...WORDS.organisationHeads, ...WORDS.corporateSuffixes])]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|");
const HEADED_NAME_RE = new RegExp(
  String.raw`(?:${NAME_WORD}\s+(?:(?:of|for|and|the|on|&)\s+)*){1,6}(?:${HEAD_ALT})(?![\p{L}\-])\.?`,
  "gu",
);

/** Names a text gives an organisation word ("Northern Trade Council", "Norrhavn Robotics Group Ltd"), in order. */
export function headedOrganisationNames(text: string): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(HEADED_NAME_RE)) {
    const name = organisationInRun(m[0].replace(/^The\s+/, "").replace(/\.$/, ""));
    if (name.split(/\s+/).length < 2) continue;
    out.push({ name, start: m.index + (m[0].length - m[0].replace(/^The\s+/, "").length), end: m.index + m[0].length });
  }
  return out;
}

const INSTITUTION_WORDS = new Set([...(WORDS.institutionWords ?? []), ...WORDS.organisationHeads]);

/**
 * The organisation in a capitalised run that may start with a sentence's first word: "Shares of
 * Norrhavn" → "Norrhavn", while "University of Tromsø" and "Bank of Norland" stay whole.
 */
export function organisationInRun(run: string): string {
  const n = run.replace(/^the\s+/i, "").replace(/['’]s$/u, "");
  const split = /^(\p{Lu}\p{Ll}+)\s+(?:of|for)\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(n);
  if (split && !INSTITUTION_WORDS.has(split[1]!)) return split[2]!;
  return n;
}
