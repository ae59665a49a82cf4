/** Finding the disputed and corrected (erratum) fields of a record. */
import { isClaimed } from "./claims";
import type { Claimed, CourseRecord } from "./types";

export interface ClaimedField {
  /** Dotted path of the field in the record, e.g. `date`, `milestones.1.date`, `value`. */
  path: string;
  claimed: Claimed<unknown>;
}

/** Every `Claimed` field of a record (date, place, value, inForce, founded, milestone dates). */
export function claimedFields(record: CourseRecord): ClaimedField[] {
  const out: ClaimedField[] = [];
  const visit = (value: unknown, path: string): void => {
    if (isClaimed(value)) {
      out.push({ path, claimed: value });
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        visit(item, `${path}.${i}`);
      });
      return;
    }
    if (typeof value === "object" && value !== null) {
      for (const [key, inner] of Object.entries(value)) {
        if (key === "sources") continue;
        visit(inner, path === "" ? key : `${path}.${key}`);
      }
    }
  };
  visit(record, "");
  return out;
}

export function disputedFields(record: CourseRecord): ClaimedField[] {
  return claimedFields(record).filter((f) => f.claimed.disputed);
}

/** Whether any claimed field of the record is disputed. */
export function isDisputed(record: CourseRecord): boolean {
  return disputedFields(record).length > 0;
}

/** Fields with at least one claim carrying an erratum (a corrected source error). */
export function correctedFields(record: CourseRecord): ClaimedField[] {
  return claimedFields(record).filter((f) => f.claimed.claims.some((c) => c.erratum !== null));
}
