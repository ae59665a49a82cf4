import { describe, expect, it } from "vitest";
import { asciiSlug, csvCell, csvContentDisposition, toCsv, UTF8_BOM } from "@/lib/teaching/csv";

describe("csvCell", () => {
  it("leaves plain text and numbers alone and empties null", () => {
    expect(csvCell("Leyla")).toBe("Leyla");
    expect(csvCell(42.5)).toBe("42.5");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(null)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("quotes fields with a comma, a quote, CR or LF and doubles the quotes (RFC 4180)", () => {
    expect(csvCell("Ağayeva, Leyla")).toBe('"Ağayeva, Leyla"');
    expect(csvCell('The "Contract of the Century"')).toBe('"The ""Contract of the Century"""');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
  });

  it("keeps a cell that starts like a formula as text with a leading apostrophe", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell("\rcmd")).toBe('"\'\rcmd"');
    expect(csvCell("a=b")).toBe("a=b");
  });
});

describe("toCsv", () => {
  it("starts with the UTF-8 BOM and ends every row with CRLF", () => {
    const csv = toCsv([
      ["Student", "Reviews"],
      ["Ağayeva, Leyla", 12],
      ["Əliyev Rəşad", null],
    ]);
    expect(csv).toBe(`${UTF8_BOM}Student,Reviews\r\n"Ağayeva, Leyla",12\r\nƏliyev Rəşad,\r\n`);
    const bytes = Buffer.from(csv, "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("Ağayeva");
  });

  it("is just the BOM for no rows", () => {
    expect(toCsv([])).toBe(UTF8_BOM);
  });
});

describe("file names", () => {
  it("slugs a class name to ASCII, Azerbaijani letters included", () => {
    expect(asciiSlug("Ağayeva's 10B")).toBe("agayevas-10b");
    expect(asciiSlug("Əliyev — Tarix İxtisas")).toBe("eliyev-tarix-ixtisas");
    expect(asciiSlug("Қазақ тарихы")).toBe("class");
    expect(asciiSlug("  --  ")).toBe("class");
  });

  it("gives an ASCII filename and the real one in UTF-8", () => {
    expect(csvContentDisposition("10B Tarix (Ağayeva)", "students")).toBe(
      "attachment; filename=\"10b-tarix-agayeva-students.csv\"; filename*=UTF-8''10B%20Tarix%20%28A%C4%9Fayeva%29-students.csv",
    );
    expect(csvContentDisposition('Bad "name"\r\n', "questions")).toBe(
      "attachment; filename=\"bad-name-questions.csv\"; filename*=UTF-8''Bad%20%20name%20-questions.csv",
    );
  });
});
