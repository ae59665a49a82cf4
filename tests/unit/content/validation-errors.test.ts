import { describe, expect, it } from "vitest";
import { issueLines, parse, readFixture, withEdit, withFile } from "./fixture-files";

const fixture = readFixture();
const HISTORY = "tests/fixtures/saltmere-isles/history.yaml";
const PEOPLE = "tests/fixtures/saltmere-isles/people-places.yaml";

describe("validation of a course", () => {
  it("accepts the unbroken fixture", () => {
    expect(parse(fixture).ok).toBe(true);
  });

  describe("schema errors", () => {
    it("names a missing required field", () => {
      const broken = withEdit(fixture, "history.yaml", "    unit: people\n", "");
      expect(issueLines(broken)).toEqual([
        `${HISTORY} › figure "population-1950" › unit: is required (expected string)`,
      ]);
    });

    it("names an unknown field and a value outside an enumeration", () => {
      const broken = withEdit(
        fixture,
        "history.yaml",
        "    type: founding\n",
        "    type: coronation\n    colour: red\n",
      );
      const lines = issueLines(broken);
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(
        new RegExp(
          `^${HISTORY} › event "federation-proclaimed" › type: expected one of .*"founding"`,
        ),
      );
      expect(lines[1]).toBe(`${HISTORY} › event "federation-proclaimed": unknown field "colour"`);
    });

    it("says what a claim list or shorthand should look like", () => {
      const broken = withEdit(fixture, "history.yaml", '    date: "1958"\n', "    date: 1958\n");
      expect(issueLines(broken)).toEqual([
        `${HISTORY} › event "capital-renamed" › date: expected string or object or array, received number`,
      ]);
    });

    it("rejects ids that are not kebab-case and unknown record kinds", () => {
      const badId = withEdit(fixture, "history.yaml", "id: nsc-accession", "id: NSC_Accession");
      expect(issueLines(badId)).toEqual([
        `${HISTORY} › event "NSC_Accession" › id: expected a kebab-case id such as "visit-2005-05"`,
      ]);
      const badKind = withFile(fixture, "extra.yaml", "treaties: []\n");
      expect(issueLines(badKind)).toEqual([
        'tests/fixtures/saltmere-isles/extra.yaml › treaties: unknown record kind "treaties": expected one of sources, people, places, organisations, projects, documents, events, figures',
      ]);
    });

    it("refuses a source folder outside the course folder: a course carries its own texts", () => {
      const COURSE = "tests/fixtures/saltmere-isles/course.yaml";
      for (const folder of ["../../shared/seeds", "/srv/seeds", "sources/../.."]) {
        const broken = withEdit(
          fixture,
          "course.yaml",
          "sourceFolder: sources",
          `sourceFolder: ${folder}`,
        );
        expect(issueLines(broken)).toEqual([
          `${COURSE} › sourceFolder: expected a folder inside the course folder (such as "sources"), got "${folder}"`,
        ]);
      }
    });

    it("checks the wording: askable properties, authored answers and basis paths", () => {
      const broken = withEdit(
        fixture,
        "history.yaml",
        "    signatories: [tamsin-oakhart]\n",
        `    signatories: [tamsin-oakhart]
    say:
      name: the Act of Union
      ask:
        colour: What colour was the Act of Union?
        signatories: { question: Who signed the Act of Union for Brine?, answer: osk }
        date: { question: When was the Act of Union signed?, answer: "1921" }
    basis:
      signatories: { inferred: The gazette names the signatory for Brine. }
      colour: { outside: Not in the texts. }
`,
      );
      expect(issueLines(broken)).toEqual([
        `${HISTORY} › document "act-of-union" › say.ask.colour: unknown property "colour": expected one of date, place, signatories, parties, inForce, projects, organisations`,
        `${HISTORY} › document "act-of-union" › basis.colour: "colour" is not a field of a document`,
        `${HISTORY} › document "act-of-union" › say.ask.signatories.answer: "osk" is not one of the record's signatories: tamsin-oakhart`,
        `${HISTORY} › document "act-of-union" › say.ask.date.answer: "date" has one value: ask it without "answer"`,
      ]);
    });

    it("reports a YAML syntax error with its file", () => {
      const lines = issueLines(withFile(fixture, "extra.yaml", "events: [\n  - id: x\n"));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^tests\/fixtures\/saltmere-isles\/extra\.yaml: not valid YAML\/JSON: /,
      );
    });
  });

  describe("references", () => {
    it("reports an unknown reference", () => {
      const broken = withEdit(
        fixture,
        "history.yaml",
        "    place: hallowmere\n    themes: [politics]\n    sources:\n      - source: chronicle\n        quote: The capital",
        "    place: atlantis\n    themes: [politics]\n    sources:\n      - source: chronicle\n        quote: The capital",
      );
      expect(issueLines(broken)).toEqual([
        `${HISTORY} › event "capital-renamed" › place: unknown reference "atlantis": expected the id of a place`,
      ]);
    });

    it("reports a reference to a record of the wrong kind", () => {
      const broken = withEdit(
        fixture,
        "history.yaml",
        "signatories: [tamsin-oakhart]",
        "signatories: [hallowmere]",
      );
      expect(issueLines(broken)).toEqual([
        `${HISTORY} › document "act-of-union" › signatories.0: "hallowmere" is a place: expected a person`,
      ]);
    });

    it("reports a country reference that is not a country", () => {
      const broken = withEdit(
        fixture,
        "history.yaml",
        "countries: [saltmere-isles]\n    documents",
        "countries: [brine]\n    documents",
      );
      expect(issueLines(broken)).toEqual([
        `${HISTORY} › event "federation-proclaimed" › countries.0: "brine" is a place of type island: expected a country`,
      ]);
    });

    it("reports an unknown source and an unknown theme", () => {
      const broken = withEdit(
        fixture,
        "history.yaml",
        '    themes: [society]\n    sources:\n      - source: gazette\n        quote: "Fishing',
        '    themes: [sport]\n    sources:\n      - source: almanac\n        quote: "Fishing',
      );
      expect(issueLines(broken)).toEqual([
        `${HISTORY} › figure "fishing-licences-2020" › themes.0: unknown theme "sport": expected one of politics, transport, society`,
        `${HISTORY} › figure "fishing-licences-2020" › sources.0.source: unknown source "almanac"`,
      ]);
    });
  });

  it("reports a duplicate id at its second occurrence", () => {
    const broken = withEdit(fixture, "history.yaml", "id: capital-renamed", "id: nsc-accession");
    expect(issueLines(broken)).toEqual([
      `${HISTORY} › event "nsc-accession" › id: duplicate id: already used by an event in ${HISTORY}`,
    ]);
  });

  describe("impossible dates", () => {
    it("rejects a day that does not exist", () => {
      const broken = withEdit(
        fixture,
        "history.yaml",
        'date: "1921-03-14"\n    place',
        'date: "1921-02-30"\n    place',
      );
      expect(issueLines(broken)).toEqual([
        `${HISTORY} › document "act-of-union" › date: "1921-02-30" is not a real day: 1921-02 has days 01 to 28`,
      ]);
    });

    it("rejects month 13 inside a claim list", () => {
      const broken = withEdit(
        fixture,
        "history.yaml",
        '- value: "1921-03-12"',
        '- value: "1921-13-12"',
      );
      expect(issueLines(broken)).toEqual([
        `${HISTORY} › event "federation-proclaimed" › date.1.value: "1921-13-12" has month 13: expected 01 to 12`,
      ]);
    });

    it("rejects a range that ends before it starts", () => {
      const broken = withEdit(
        fixture,
        "people-places.yaml",
        'period: "1921/1930"',
        'period: "1930/1921"',
      );
      expect(issueLines(broken)).toEqual([
        `${PEOPLE} › person "tamsin-oakhart" › roles.0.period: "1930/1921" ends before it starts`,
      ]);
    });
  });

  describe("quotes", () => {
    it("reports a quote that does not occur in its seed file", () => {
      const broken = withEdit(
        fixture,
        "history.yaml",
        "quote: on 12 March 1921, the island councils",
        "quote: on 12 March 1922, the island councils",
      );
      expect(issueLines(broken)).toEqual([
        `${HISTORY} › event "federation-proclaimed" › date.1.sources.0.quote: quote not found in gazette.txt: "on 12 March 1922, the island councils proclaimed the Federation at Port Hallow"`,
      ]);
    });

    it("reports a quote that is too long to be a short citation", () => {
      const long = "x".repeat(400);
      const broken = withEdit(
        fixture,
        "history.yaml",
        "quote: In the great census of 1950\n",
        `quote: ${long}\n`,
      );
      const lines = issueLines(broken);
      expect(lines[0]).toBe(
        `${HISTORY} › figure "population-1950" › sources.0.quote: quote is 400 characters: expected at most 320 (a phrase to one sentence)`,
      );
    });

    it("reports a seed file missing from the source folder", () => {
      const missing = { ...fixture, sourceTexts: new Map([...fixture.sourceTexts].slice(1)) };
      const lines = issueLines(missing);
      expect(lines).toEqual([
        'tests/fixtures/saltmere-isles/sources.yaml › source "chronicle" › file: seed file "chronicle.txt" not found in the source folder',
      ]);
    });
  });

  it("checks figure ranges", () => {
    const broken = withEdit(
      fixture,
      "history.yaml",
      "    value: 3.2\n",
      "    value: 3.2\n    maxValue: 2\n",
    );
    expect(issueLines(broken)).toEqual([
      `${HISTORY} › figure "kelp-road-length" › maxValue: upper bound 2 is below the value 3.2`,
    ]);
  });
});
