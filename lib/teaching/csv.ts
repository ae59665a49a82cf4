/** One spreadsheet cell: text, a number, or empty. */
export type CsvCell = string | number | null;

/** Excel reads a UTF-8 file as the local code page unless it starts with this byte order mark. */
export const UTF8_BOM = "\uFEFF";

/**
 * Characters that make a spreadsheet treat a cell as a formula (or, for TAB and CR, that some
 * programs strip before looking for one). Names are typed by students, so a cell like
 * `=HYPERLINK(...)` must stay text: OWASP's "CSV injection" advice is a leading apostrophe.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as CSV text: formula-guarded, then quoted (RFC 4180) when it holds , " CR or LF. */
export function csvCell(value: CsvCell): string {
  if (value === null) return "";
  // Our own numbers (counts, percentages) are not user input: a negative one stays a number.
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: the UTF-8 BOM, then every row ended by CRLF (RFC 4180). */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return UTF8_BOM + rows.map((row) => `${row.map(csvCell).join(",")}\r\n`).join("");
}

/** Letters NFKD does not split into a base letter and a mark (ə in Əliyev, dotless ı…). */
const ASCII_FOR: Record<string, string> = {
  ə: "e",
  ı: "i",
  ø: "o",
  æ: "ae",
  œ: "oe",
  ß: "ss",
  đ: "d",
  ł: "l",
  þ: "th",
};

/** "Ağayeva's 10B" → "agayevas-10b": lower-case ASCII letters, digits and dashes; "class" if none. */
export function asciiSlug(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[əıøæœßđłþ]/g, (letter) => ASCII_FOR[letter] ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "class";
}

/**
 * A `Content-Disposition` for a download named `<name>-<suffix>.csv`: an ASCII-safe `filename`
 * for old clients and `filename*` (RFC 6266/8187) with the real name in UTF-8.
 */
export function csvContentDisposition(name: string, suffix: string): string {
  const ascii = `${asciiSlug(name)}-${suffix}.csv`;
  const real = `${name.trim().replace(/[\r\n"\\/]+/g, " ") || "class"}-${suffix}.csv`;
  // encodeURIComponent leaves ' ( ) * ! unencoded, which RFC 8187 does not allow in a value.
  const encoded = encodeURIComponent(real).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
