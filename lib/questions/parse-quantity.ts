/** A number with an optional canonical unit ("usd", "t", "percent", or a singular word). */
export interface Quantity {
  value: number;
  unit: string | null;
}

const SCALES: Record<string, number> = {
  thousand: 1e3,
  thousands: 1e3,
  k: 1e3,
  th: 1e3,
  million: 1e6,
  millions: 1e6,
  mln: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  billions: 1e9,
  bn: 1e9,
  bln: 1e9,
  b: 1e9,
  trillion: 1e12,
};

const UNIT_ALIASES: Record<string, string> = {
  $: "usd",
  usd: "usd",
  us$: "usd",
  dollar: "usd",
  dollars: "usd",
  "us dollars": "usd",
  "€": "eur",
  eur: "eur",
  euro: "eur",
  euros: "eur",
  "%": "percent",
  percent: "percent",
  "per cent": "percent",
  pct: "percent",
  t: "t",
  ton: "t",
  tons: "t",
  tonne: "t",
  tonnes: "t",
  km: "km",
  kilometres: "km",
  kilometers: "km",
  kilometre: "km",
  kilometer: "km",
};

/** Canonical unit word: aliases first, else the word without a plural "s". */
export function canonicalUnit(raw: string): string | null {
  const word = raw.toLowerCase().replace(/\s+/g, " ").trim();
  if (word.length === 0) return null;
  const alias = UNIT_ALIASES[word];
  if (alias) return alias;
  return word.length > 3 && word.endsWith("s") ? word.slice(0, -1) : word;
}

/** Reads "1,234.5", "1 234,5", "90,083", "246.2": a comma followed by exactly 3 digits groups thousands. */
function parseNumberToken(token: string): number | null {
  const t = token.replace(/[\s\u00a0\u202f']/g, "");
  if (!/^\d[\d.,]*$/.test(t)) return null;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ""));
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) && t.includes(",")) {
    return Number(t.replace(/\./g, "").replace(",", "."));
  }
  if (/^\d+,\d+$/.test(t)) return Number(t.replace(",", "."));
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  return null;
}

/**
 * Reads a typed quantity: "$246.2 million", "246,2 mln USD", "246 200 000 dollars", "90,083",
 * "about 300 thousand", "4.1%". Returns null when there is no single number in it.
 */
export function parseQuantity(input: string): Quantity | null {
  let text = input
    .toLowerCase()
    .replace(/\\\$/g, "$")
    .replace(
      /\b(about|around|approximately|approx|some|over|more than|less than|at least|up to|under|nearly|almost|c)\b\.?/g,
      " ",
    )
    .trim();
  let unit: string | null = null;
  if (text.includes("$")) {
    unit = "usd";
    text = text.replace(/(us)?\$/g, " ");
  }
  if (text.includes("%")) {
    unit = "percent";
    text = text.replace(/%/g, " ");
  }
  const match = text.match(/(\d[\d\s\u00a0\u202f'.,]*\d|\d)/);
  if (!match || match.index === undefined) return null;
  const value = parseNumberToken(match[0]);
  if (value === null) return null;
  const before = text.slice(0, match.index).trim();
  if (/\d/.test(before) || (before.length > 0 && canonicalUnit(before) === null)) return null;
  const words = text
    .slice(match.index + match[0].length)
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  if (words.some((w) => /\d/.test(w))) return null;
  let scale = 1;
  const first = words[0];
  if (first !== undefined && SCALES[first] !== undefined) {
    scale = SCALES[first];
    words.shift();
  }
  const rest = words.join(" ").replace(/^of /, "");
  if (rest.length > 0) unit = canonicalUnit(rest) ?? unit;
  if (before.length > 0 && unit === null) unit = canonicalUnit(before);
  return { value: roundSignificant(value * scale), unit };
}

/** Rounds away binary noise (246.2 × 1e6 = 246200000.00000003). */
function roundSignificant(value: number): number {
  return Number(value.toPrecision(12));
}

/** Same value (to 12 significant digits). */
export function sameQuantityValue(a: number, b: number): boolean {
  return roundSignificant(a) === roundSignificant(b);
}
