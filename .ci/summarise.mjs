// Prints the closing line `N passed, N failed` from the JSON reports `npm test` writes, plus the smoke
// run; exits non-zero if anything failed (or if a stage failed without reporting a test).
import { existsSync, readFileSync } from "node:fs";

const [testStatus, smokeStatus] = process.argv.slice(2).map(Number);
let passed = 0;
let failed = 0;

const vitestReport = "test-results/vitest.json";
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  console.log(`vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
} else console.log("vitest: no report (it did not run)");

const playwrightReport = "test-results/playwright.json";
if (existsSync(playwrightReport)) {
  const { stats } = JSON.parse(readFileSync(playwrightReport, "utf8"));
  passed += stats.expected;
  failed += stats.unexpected + stats.flaky;
  console.log(
    `playwright: ${stats.expected} passed, ${stats.unexpected} failed, ${stats.flaky} flaky`,
  );
} else console.log("playwright: no report (it did not run)");

if (smokeStatus === 0) passed += 1;
else failed += 1;
console.log(`embedded smoke: ${smokeStatus === 0 ? "passed" : "failed"}`);

if (testStatus !== 0 && failed === 0) failed += 1; // a stage before the test runners failed
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || testStatus !== 0 || smokeStatus !== 0 ? 1 : 0);
