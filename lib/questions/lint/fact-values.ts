/**
 * What the course says is true for a fact id (`"recordId#field"`), read straight from the record:
 * the linter never trusts the generator's own account of a fact. Fields are the record's own,
 * in kebab case (`in-force` → `inForce`), plus `full-name`, `milestone-<kind>-<label>` and
 * `role-<title>`. An unknown field gives no values, so every rule that needs them stays silent.
 */
import type {
  Claim,
  Claimed,
  Course,
  CourseRecord,
  DateValue,
  FactRecord,
  FigureValue,
} from "@/lib/content/types";

export interface FactValues {
  recordId: string;
  field: string;
  record: FactRecord | null;
  /** Records that are true values of the field (a place, the parties, the participants…). */
  refs: CourseRecord[];
  /** Plain true values: a type, what a project carries, a role's title, an acronym, an alias. */
  texts: string[];
  /** Dates some source gives for the field (one per claim). */
  dates: DateValue[];
  /** Amounts some source gives for a figure (one per claim). */
  amounts: FigureValue[];
  /** The field's claims, when the field is claimable. */
  claimed: Claimed<unknown> | null;
  /** True when the field has one true value, so a statement naming it elsewhere contradicts a false one. */
  single: boolean;
}

export function parseFactId(factId: string): { recordId: string; field: string } {
  const at = factId.indexOf("#");
  return at < 0
    ? { recordId: factId, field: "" }
    : { recordId: factId.slice(0, at), field: factId.slice(at + 1) };
}

function camel(kebab: string): string {
  return kebab.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function sameSlug(a: string, b: string): boolean {
  return a.length > 0 && b.length > 0 && (a.startsWith(b) || b.startsWith(a));
}

function isClaimed(value: unknown): value is Claimed<unknown> {
  return typeof value === "object" && value !== null && "claims" in value && "disputed" in value;
}

function isDateValue(value: unknown): value is DateValue {
  return typeof value === "object" && value !== null && "precision" in value && "start" in value;
}

function isFigureValue(value: unknown): value is FigureValue {
  return typeof value === "object" && value !== null && "amount" in value;
}

const SINGLE_REF_FIELDS = new Set(["place", "within", "headquarters", "successorOf"]);

export function factValues(course: Course, factId: string): FactValues {
  const { recordId, field } = parseFactId(factId);
  const found = course.byId.get(recordId);
  const record = found && found.kind !== "source" ? found : null;
  const out: FactValues = {
    recordId,
    field,
    record,
    refs: [],
    texts: [],
    dates: [],
    amounts: [],
    claimed: null,
    single: false,
  };
  if (!record) return out;
  const refsOf = (ids: readonly unknown[]) => {
    for (const id of ids) {
      const ref = typeof id === "string" ? course.byId.get(id) : undefined;
      if (ref && !out.refs.includes(ref)) out.refs.push(ref);
    }
  };
  const readClaimed = (claimed: Claimed<unknown>) => {
    out.claimed = claimed;
    const claims = claimed.claims as Claim<unknown>[];
    for (const claim of claims) {
      if (isDateValue(claim.value)) out.dates.push(claim.value);
      else if (isFigureValue(claim.value)) out.amounts.push(claim.value);
      else refsOf([claim.value]);
    }
    out.single = !claimed.disputed;
  };

  if (field.startsWith("milestone-") && record.kind === "project") {
    const [, kind = "", ...rest] = field.split("-");
    const label = rest.join("-");
    const ofKind = record.milestones.filter((m) => m.kind === kind);
    const milestone =
      ofKind.find((m) => slug(m.label) === label) ??
      ofKind.find((m) => sameSlug(slug(m.label), label)) ??
      ofKind[0];
    if (milestone) readClaimed(milestone.date);
    return out;
  }
  if (field.startsWith("role-") && record.kind === "person") {
    const title = field.slice("role-".length);
    const role =
      record.roles.find((r) => slug(r.title) === title) ??
      record.roles.find((r) => sameSlug(slug(r.title), title));
    if (role) out.texts.push(role.title);
    return out;
  }
  if (field === "full-name" && (record.kind === "organisation" || record.kind === "project")) {
    out.texts.push(record.name);
    return out;
  }
  if (field === "names" && record.kind === "place") {
    out.texts.push(...record.names.slice(1).map((n) => n.name));
    return out;
  }
  if (field === "type" && "type" in record) {
    out.texts.push(String(record.type).replace(/-/g, " "));
    out.single = true;
    return out;
  }
  const key = camel(field);
  // A name of the record itself (its acronym, aliases): the statement's subject may be that name.
  const naming = key === "acronym" || key === "aliases" || key === "titleVariants";
  const value = (record as unknown as Record<string, unknown>)[key];
  if (value === undefined || value === null) return out;
  if (isClaimed(value)) readClaimed(value);
  else if (Array.isArray(value)) {
    if (key === "carries" || key === "aliases" || key === "titleVariants") {
      out.texts.push(...value.filter((v): v is string => typeof v === "string"));
    } else refsOf(value);
  } else if (typeof value === "string") {
    if (course.byId.has(value)) {
      refsOf([value]);
      out.single = SINGLE_REF_FIELDS.has(key);
    } else {
      out.texts.push(value);
      out.single = !naming;
    }
  }
  if (out.claimed && out.refs.length > 0) {
    out.single = out.single && SINGLE_REF_FIELDS.has(key) && out.refs.length === 1;
  }
  return out;
}

/** The years a date covers, as written in questions: both ends of a span. */
export function yearsOf(date: DateValue): number[] {
  const start = Number(date.start.slice(0, 4));
  const end = date.openEnded ? start : Number(date.end.slice(0, 4));
  return start === end ? [start] : [start, end];
}
