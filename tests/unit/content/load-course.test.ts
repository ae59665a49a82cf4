import { describe, expect, it } from "vitest";
import { CourseValidationError } from "@/lib/content/issues";
import { checkCourse, listCourses, loadCourse } from "@/lib/content/load-course";

const BROKEN = "tests/fixtures/broken-course";
const EXPECTED_LINES = [
  `${BROKEN}/records.yaml › event "lighthouse-lit" › date: "1887-02-30" is not a real day: 1887-02 has days 01 to 28`,
  `${BROKEN}/records.yaml › event "lighthouse-rebuilt" › sources.0.quote: quote not found in note.txt: "rebuilt in 1932"`,
  `${BROKEN}/records.yaml › event "lighthouse-rebuilt" › place: unknown reference "cape-vel": expected the id of a place`,
];

describe("loadCourse", () => {
  it("refuses an invalid course with a typed error listing every issue, one per line", () => {
    let caught: unknown;
    try {
      loadCourse(BROKEN);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CourseValidationError);
    const error = caught as CourseValidationError;
    expect(error.issues).toHaveLength(3);
    expect(error.message).toBe(
      [`Course "${BROKEN}" is invalid (3 errors):`, ...EXPECTED_LINES].join("\n"),
    );
    expect(error.issues[2]).toEqual({
      file: `${BROKEN}/records.yaml`,
      recordKind: "event",
      recordId: "lighthouse-rebuilt",
      path: "place",
      message: 'unknown reference "cape-vel": expected the id of a place',
    });
  });

  it("can skip the quote check when the seed texts are not deployed", () => {
    const result = checkCourse(BROKEN, { verifyQuotes: false });
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(["date", "place"]);
  });

  it("reports a missing course folder and a missing source folder", () => {
    const missing = checkCourse("tests/fixtures/no-such-course");
    expect(missing.ok ? null : missing.issues[0]?.message).toBe("course folder not found");
  });

  it("lists course folders, those with a course.yaml, in order", () => {
    expect(listCourses("tests/fixtures")).toEqual([
      BROKEN,
      "tests/fixtures/kessford-bridges",
      "tests/fixtures/saltmere-isles",
    ]);
    expect(listCourses("tests/no-such-folder")).toEqual([]);
  });
});
