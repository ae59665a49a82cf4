import type { FactRecord } from "@/lib/content/types";
import type { CourseIndex } from "./course-index";
import type { Fact } from "./fact";
import { FactBuilder } from "./fact-builder";
import { documentFacts } from "./kinds/document";
import { eventFacts } from "./kinds/event";
import { figureFacts } from "./kinds/figure";
import { organisationFacts } from "./kinds/organisation";
import { personFacts } from "./kinds/person";
import { placeFacts } from "./kinds/place";
import { projectFacts } from "./kinds/project";

function factsOf(builder: FactBuilder, record: FactRecord): (Fact | null)[] {
  switch (record.kind) {
    case "document":
      return documentFacts(builder, record);
    case "event":
      return eventFacts(builder, record);
    case "organisation":
      return organisationFacts(builder, record);
    case "project":
      return projectFacts(builder, record);
    case "person":
      return personFacts(builder, record);
    case "figure":
      return figureFacts(builder, record);
    case "place":
      return placeFacts(builder, record);
  }
}

/** Every askable fact of a course, record by record (records with `quiz: false` have none). */
export function extractFacts(index: CourseIndex): Fact[] {
  return index.factRecords
    .filter((record) => record.quiz)
    .flatMap((record) => factsOf(new FactBuilder(index, record), record))
    .filter((fact): fact is Fact => fact !== null);
}
