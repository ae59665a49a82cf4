import type {
  Claim,
  Claimed,
  CourseDocument,
  CourseEvent,
  DateValue,
  FactRecord,
  Figure,
  Organisation,
  Person,
  Place,
  Project,
  SourceRef,
} from "@/lib/content/types";
import { normaliseText } from "../normalise-text";
import { type CourseIndex, pools } from "./course-index";
import { formatDateValue, yearOfIso } from "./date-values";
import type { DateFact, Fact, NumberFact, RefFact, TextFact } from "./fact";
import { capitalise, isNounPhrase, roleText, withArticle, withDefiniteArticle } from "./labels";

/** A kebab slug of free text, for fact ids. */
function slug(text: string): string {
  return normaliseText(text).replace(/ /g, "-").slice(0, 40);
}

/** 0 (well attested) … 1 (obscure): fewer citing sources and fewer references = more obscure. */
function obscurityOf(index: CourseIndex, record: FactRecord, refs: readonly SourceRef[]): number {
  const sources = new Set(refs.map((r) => r.source.id)).size;
  const cited = sources >= 3 ? 0.15 : sources === 2 ? 0.35 : 0.55;
  const references = index.referenceCount(record.id);
  const referred = references >= 3 ? 0 : references >= 1 ? 0.15 : 0.3;
  return Math.min(1, cited + referred);
}

function claimRefs<T>(claims: readonly Claim<T>[]): SourceRef[] {
  return claims.flatMap((c) => c.sources);
}

/** A record-backed claim for list fields (signatories, carries…) that have no claim list. */
function recordClaim<T>(record: FactRecord, value: T, sources = record.sources): Claim<T> {
  return { value, sources, note: null, erratum: null, reportedBy: null };
}

const SIGNED_TYPES = new Set([
  "agreement",
  "declaration",
  "protocol",
  "convention",
  "treaty",
  "memorandum",
  "contract",
  "joint-statement",
  "charter",
]);

/** Organisation types usually named without "the" (a company, a newspaper, a society). */
const PROPER_NAME_TYPES = new Set(["company", "media", "cultural-centre", "diaspora-organisation"]);

const ORGANISATION_TYPE_LABELS: Record<string, string> = {
  "international-organisation": "an international organisation",
  "regional-organisation": "a regional organisation",
  "parliamentary-assembly": "a parliamentary assembly",
  "summit-series": "a series of summits",
  conference: "a conference",
  "government-body": "a government body",
  "intergovernmental-commission": "an intergovernmental commission",
  company: "a company",
  foundation: "a foundation",
  university: "a university",
  "cultural-centre": "a cultural centre",
  "diaspora-organisation": "a diaspora organisation",
  media: "a media outlet",
};

/** Types in one family can be hard to tell apart, so distractors come from other families. */
const ORGANISATION_FAMILIES: Record<string, string> = {
  "international-organisation": "intergovernmental",
  "regional-organisation": "intergovernmental",
  "parliamentary-assembly": "intergovernmental",
  "summit-series": "intergovernmental",
  conference: "intergovernmental",
  "government-body": "state",
  "intergovernmental-commission": "state",
  company: "business",
  foundation: "civil",
  "cultural-centre": "civil",
  "diaspora-organisation": "civil",
  university: "education",
  media: "media",
};

const PLACE_TYPE_LABELS: Record<string, string> = {
  country: "a country",
  region: "a region",
  city: "a city",
  town: "a town",
  village: "a village",
  port: "a port",
  site: "a site",
  sea: "a sea",
  island: "an island",
};

/** Place types that can be confused (a port is also a town) share a family. */
const PLACE_FAMILIES: Record<string, string> = {
  country: "country",
  region: "region",
  city: "settlement",
  town: "settlement",
  village: "settlement",
  port: "settlement",
  site: "site",
  sea: "sea",
  island: "island",
};

const PROJECT_TYPE_LABELS: Record<string, string> = {
  pipeline: "a pipeline",
  railway: "a railway",
  "sea-route": "a sea route",
  ferry: "a ferry line",
  fibre: "a fibre-optic line",
  terminal: "a terminal",
  road: "a road",
  corridor: "a transport corridor",
  "logistics-centre": "a logistics centre",
  port: "a port",
  contract: "a supply contract",
  building: "a building",
};

function dateFact(
  index: CourseIndex,
  record: FactRecord,
  field: string,
  claimed: Claimed<DateValue>,
  parts: { askWhen: string; sentence: (when: string) => string; itemLabel: string; topic: string },
): DateFact {
  return {
    id: `${record.id}#${field}`,
    record,
    kind: "dates",
    valueType: "date",
    claims: claimed.claims,
    disputed: claimed.disputed,
    topic: parts.topic,
    askWhen: parts.askWhen,
    statement: parts.sentence,
    itemLabel: parts.itemLabel,
    obscurity: obscurityOf(index, record, claimRefs(claimed.claims)),
  };
}

/** Same type in the same country, then same type anywhere. */
function placeTiers(index: CourseIndex, answer: string): readonly (readonly string[])[] {
  const target = index.place(answer);
  if (!target) return [];
  const country = index.countryOf(answer);
  return [
    country ? pools.placesOfTypeInCountry(index, target.type, country) : [],
    pools.placesOfType(index, target.type),
  ];
}

function placeRefFact(
  index: CourseIndex,
  record: FactRecord,
  field: string,
  claimed: Claimed<string>,
  parts: { ask: string; sentence: (place: string) => string; topic: string },
): RefFact {
  const values = claimed.claims.map((c) => c.value);
  return {
    id: `${record.id}#${field}`,
    record,
    kind: "places",
    valueType: "ref",
    refKind: "place",
    claims: claimed.claims,
    disputed: claimed.disputed,
    trueValues: values,
    // A place inside or around a true place would also be true ("Baku" vs "Azerbaijan").
    alsoTrue: (id) => values.some((v) => index.nested(v, id)),
    distractorTiers: placeTiers(index, values[0] ?? ""),
    ask: parts.ask,
    statement: parts.sentence,
    typeable: true,
    topic: parts.topic,
    obscurity: obscurityOf(index, record, claimRefs(claimed.claims)),
  };
}

/** People who held the same office, then people of the same countries, then anyone. */
function personTiers(index: CourseIndex, answer: string): readonly (readonly string[])[] {
  const record = index.course.byId.get(answer);
  const roles = record?.kind === "person" ? record.roles : [];
  return [
    roles.flatMap((r) => pools.peopleWithTitle(index, r.title)),
    roles.flatMap((r) => (r.country ? pools.peopleOfCountry(index, r.country) : [])),
    pools.allPeople(index),
  ];
}

function personRefFact(
  index: CourseIndex,
  record: FactRecord,
  field: string,
  people: readonly string[],
  parts: {
    ask: string;
    sentence: (person: string) => string;
    topic: string;
    kind: "signatories" | "people";
  },
): RefFact {
  const first = people[0] as string;
  return {
    id: `${record.id}#${field}`,
    record,
    kind: parts.kind,
    valueType: "ref",
    refKind: "person",
    claims: [recordClaim(record, first)],
    disputed: false,
    trueValues: [...people],
    distractorTiers: personTiers(index, first),
    ask: parts.ask,
    statement: parts.sentence,
    typeable: people.length === 1,
    topic: parts.topic,
    obscurity: obscurityOf(index, record, record.sources),
  };
}

function documentFacts(index: CourseIndex, doc: CourseDocument): Fact[] {
  const facts: Fact[] = [];
  const title = withDefiniteArticle(doc.title);
  const verb = SIGNED_TYPES.has(doc.type) ? "signed" : "adopted";
  if (doc.date) {
    facts.push(
      dateFact(index, doc, "date", doc.date, {
        askWhen: `was ${title} ${verb}`,
        sentence: (when) => `${capitalise(title)} was ${verb} ${when}.`,
        itemLabel: `${capitalise(title)} ${verb}`,
        topic: `the date ${title} was ${verb}`,
      }),
    );
  }
  if (doc.inForce) {
    facts.push(
      dateFact(index, doc, "in-force", doc.inForce, {
        askWhen: `did ${title} enter into force`,
        sentence: (when) => `${capitalise(title)} entered into force ${when}.`,
        itemLabel: `${capitalise(title)} enters into force`,
        topic: `the date ${title} entered into force`,
      }),
    );
  }
  if (doc.place) {
    facts.push(
      placeRefFact(index, doc, "place", doc.place, {
        ask: `Where was ${title} ${verb}?`,
        sentence: (place) => `${capitalise(title)} was ${verb} in ${place}.`,
        topic: `the place where ${title} was ${verb}`,
      }),
    );
  }
  const firstParty = doc.parties[0];
  if (firstParty) {
    const several = doc.parties.length > 1;
    const parties = doc.parties;
    const partyRecord = index.course.byId.get(firstParty);
    facts.push({
      id: `${doc.id}#parties`,
      record: doc,
      kind: partyRecord?.kind === "organisation" ? "organisations" : "places",
      valueType: "ref",
      refKind: partyRecord?.kind === "organisation" ? "organisation" : "place",
      claims: [recordClaim(doc, firstParty)],
      disputed: false,
      trueValues: [...parties],
      alsoTrue: (id) => parties.some((p) => index.nested(p, id)),
      distractorTiers:
        partyRecord?.kind === "organisation"
          ? [pools.organisationsOfType(index, partyRecord.type), pools.allOrganisations(index)]
          : placeTiers(index, firstParty),
      ask: several ? `Which of these was a party to ${title}?` : `Who was the party to ${title}?`,
      statement: (party) => `${party} was a party to ${title}.`,
      typeable: false,
      topic: `the parties to ${title}`,
      obscurity: obscurityOf(index, doc, doc.sources),
    });
  }
  if (doc.signatories.length > 0) {
    const several = doc.signatories.length > 1;
    facts.push(
      personRefFact(index, doc, "signatories", doc.signatories, {
        ask: several ? `Which of these people signed ${title}?` : `Who signed ${title}?`,
        sentence: (person) => `${person} signed ${title}.`,
        topic: `who signed ${title}`,
        kind: "signatories",
      }),
    );
  }
  return facts;
}

function eventFacts(index: CourseIndex, event: CourseEvent): Fact[] {
  const facts: Fact[] = [];
  const nounPhrase = isNounPhrase(event.title);
  const title = nounPhrase ? withArticle(event.title) : `“${event.title}”`;
  facts.push(
    dateFact(index, event, "date", event.date, {
      askWhen: nounPhrase ? `did ${title} take place` : `did this happen: ${title}`,
      sentence: (when) =>
        nounPhrase ? `${capitalise(title)} took place ${when}.` : `${title} happened ${when}.`,
      itemLabel: capitalise(event.title),
      topic: nounPhrase ? `the date of ${title}` : `when ${title} happened`,
    }),
  );
  if (event.place) {
    facts.push(
      placeRefFact(index, event, "place", event.place, {
        ask: nounPhrase ? `Where did ${title} take place?` : `Where did this happen: ${title}?`,
        sentence: (place) =>
          nounPhrase
            ? `${capitalise(title)} took place in ${place}.`
            : `${title} happened in ${place}.`,
        topic: `the place of ${title}`,
      }),
    );
  }
  if (event.participants.length > 0) {
    const several = event.participants.length > 1;
    facts.push(
      personRefFact(index, event, "participants", event.participants, {
        ask: several
          ? `Which of these people took part in ${title}?`
          : `Who took part in ${title}?`,
        sentence: (person) => `${person} took part in ${nounPhrase ? title : `this: ${title}`}.`,
        topic: `who took part in ${title}`,
        kind: "people",
      }),
    );
  }
  return facts;
}

function personFacts(index: CourseIndex, person: Person): Fact[] {
  const course = index.course;
  const ownRoles = person.roles.map((r) => roleText(course, r));
  const seen = new Map<string, number>();
  return person.roles.map((role, i): TextFact => {
    const text = ownRoles[i] as string;
    const repeat = seen.get(text) ?? 0;
    seen.set(text, repeat + 1);
    const period = role.period ? ` (${formatDateValue(role.period)})` : "";
    const refs = role.sources.length > 0 ? role.sources : person.sources;
    return {
      id: `${person.id}#role-${slug(text)}${repeat > 0 ? `-${repeat + 1}` : ""}`,
      record: person,
      kind: "people",
      valueType: "text",
      claims: [recordClaim(person, text, refs)],
      disputed: false,
      trueValues: ownRoles,
      // With a period, other offices of the same country are plausible and false at that
      // time; without one, the person may have held them at some time, so use other countries'.
      distractorTiers: role.country
        ? role.period
          ? [pools.roleTextsOfCountry(index, role.country), pools.roleTexts(index)]
          : [pools.roleTextsNotOfCountry(index, role.country)]
        : [pools.roleTexts(index)],
      ask: `Which office did ${person.name} hold${period}?`,
      statement: (value) => `${person.name} was ${value}${period}.`,
      typedVariants: null,
      topic: `the office ${person.name} held${period}`,
      obscurity: obscurityOf(index, person, refs),
    };
  });
}

function placeFacts(index: CourseIndex, place: Place): Fact[] {
  const facts: Fact[] = [];
  const within = place.within ? index.place(place.within) : undefined;
  if (place.within && within) {
    const container = place.within;
    facts.push({
      id: `${place.id}#within`,
      record: place,
      kind: "places",
      valueType: "ref",
      refKind: "place",
      claims: [recordClaim(place, container)],
      disputed: false,
      trueValues: [container],
      alsoTrue: (id) => index.ancestorsOf(container).has(id) || index.ancestorsOf(id).has(place.id),
      distractorTiers: [pools.placesOfType(index, within.type)],
      ask: `Where is ${place.name}?`,
      statement: (value) => `${place.name} is in ${value}.`,
      typeable: true,
      topic: `where ${place.name} is`,
      obscurity: obscurityOf(index, place, place.sources),
    });
  }
  const typeLabel = PLACE_TYPE_LABELS[place.type];
  const family = PLACE_FAMILIES[place.type];
  if (
    !within &&
    place.names.every((n) => normaliseText(n.name) === normaliseText(place.name)) &&
    typeLabel &&
    family
  ) {
    // A place with nothing else to ask is at least asked what kind of place it is.
    const distant = Object.entries(PLACE_TYPE_LABELS)
      .filter(([type]) => PLACE_FAMILIES[type] !== family)
      .map(([, label]) => label);
    facts.push({
      id: `${place.id}#type`,
      record: place,
      kind: "places",
      valueType: "text",
      claims: [recordClaim(place, typeLabel)],
      disputed: false,
      trueValues: [typeLabel],
      distractorTiers: [distant],
      ask: `What kind of place is ${place.name}?`,
      statement: (value) => `${place.name} is ${value}.`,
      typedVariants: null,
      topic: `what kind of place ${place.name} is`,
      obscurity: obscurityOf(index, place, place.sources),
    });
  }
  const canonical = normaliseText(place.name);
  const otherNames = place.names.filter((n) => normaliseText(n.name) !== canonical);
  const described = otherNames[0];
  if (described) {
    const period = described.period ? ` (${formatDateValue(described.period)})` : "";
    facts.push({
      id: `${place.id}#names`,
      record: place,
      kind: "places",
      valueType: "text",
      claims: [
        {
          value: described.name,
          sources: described.sources.length > 0 ? described.sources : place.sources,
          note: described.note,
          erratum: null,
          reportedBy: null,
        },
      ],
      disputed: false,
      trueValues: place.names.map((n) => n.name),
      distractorTiers: [pools.placeNamesOfType(index, place.type)],
      ask: `Which other name has ${place.name} had${period}?`,
      statement: (value) => `${place.name} has also been called ${value}${period}.`,
      typedVariants: otherNames.slice(1).map((n) => n.name),
      topic: `another name of ${place.name}`,
      obscurity: obscurityOf(index, place, place.sources),
    });
  }
  return facts;
}

function organisationFacts(index: CourseIndex, org: Organisation): Fact[] {
  const facts: Fact[] = [];
  const name = PROPER_NAME_TYPES.has(org.type) ? org.name : withDefiniteArticle(org.name);
  const obscurity = obscurityOf(index, org, org.sources);
  if (org.acronym) {
    facts.push({
      id: `${org.id}#acronym`,
      record: org,
      kind: "organisations",
      valueType: "text",
      claims: [recordClaim(org, org.acronym)],
      disputed: false,
      trueValues: [org.acronym, ...org.aliases],
      distractorTiers: [pools.acronyms(index)],
      ask: `What is the acronym of ${name}?`,
      statement: (value) => `${value} is the acronym of ${name}.`,
      typedVariants: null,
      topic: `the acronym of ${name}`,
      obscurity,
    });
    facts.push({
      id: `${org.id}#full-name`,
      record: org,
      kind: "organisations",
      valueType: "text",
      claims: [recordClaim(org, org.name)],
      disputed: false,
      trueValues: [org.name, ...org.aliases],
      distractorTiers: [
        pools.organisationNamesOfType(index, org.type),
        pools.allOrganisationNames(index),
      ],
      ask: `What does ${org.acronym} stand for?`,
      statement: (value) => `${org.acronym} stands for ${value}.`,
      typedVariants: org.aliases,
      topic: `the full name of ${org.acronym}`,
      obscurity,
    });
  }
  const alias = org.aliases[0];
  if (!org.acronym && alias) {
    facts.push({
      id: `${org.id}#aliases`,
      record: org,
      kind: "organisations",
      valueType: "text",
      claims: [recordClaim(org, alias)],
      disputed: false,
      trueValues: [org.name, ...org.aliases],
      distractorTiers: [
        pools.organisationNamesOfType(index, org.type),
        pools.allOrganisationNames(index),
      ],
      ask: `Under which other name do the sources also mention ${name}?`,
      statement: (value) => `The sources also call ${name} ${value}.`,
      typedVariants: org.aliases.slice(1),
      topic: `the other names of ${name}`,
      obscurity,
    });
  }
  const family = ORGANISATION_FAMILIES[org.type];
  const typeLabel = ORGANISATION_TYPE_LABELS[org.type];
  if (family && typeLabel) {
    const distant = Object.entries(ORGANISATION_TYPE_LABELS)
      .filter(([type]) => ORGANISATION_FAMILIES[type] !== family)
      .map(([, label]) => label);
    facts.push({
      id: `${org.id}#type`,
      record: org,
      kind: "organisations",
      valueType: "text",
      claims: [recordClaim(org, typeLabel)],
      disputed: false,
      trueValues: [typeLabel],
      distractorTiers: [distant],
      ask: `What kind of body is ${name}${org.acronym ? ` (${org.acronym})` : ""}?`,
      statement: (value) => `${capitalise(name)} is ${value}.`,
      typedVariants: null,
      topic: `what kind of body ${name} is`,
      obscurity,
    });
  }
  if (org.founded) {
    facts.push(
      dateFact(index, org, "founded", org.founded, {
        askWhen: `was ${name} founded`,
        sentence: (when) => `${capitalise(name)} was founded ${when}.`,
        itemLabel: `${capitalise(name)} founded`,
        topic: `the founding date of ${name}`,
      }),
    );
  }
  if (org.headquarters) {
    facts.push(
      placeRefFact(
        index,
        org,
        "headquarters",
        { claims: [recordClaim(org, org.headquarters)], disputed: false, value: org.headquarters },
        {
          ask: `Where is ${name} based?`,
          sentence: (place) => `${capitalise(name)} is based in ${place}.`,
          topic: `where ${name} is based`,
        },
      ),
    );
  }
  if (org.successorOf) {
    facts.push({
      id: `${org.id}#successor-of`,
      record: org,
      kind: "organisations",
      valueType: "ref",
      refKind: "organisation",
      claims: [recordClaim(org, org.successorOf)],
      disputed: false,
      trueValues: [org.successorOf, org.id],
      distractorTiers: [pools.organisationsOfType(index, org.type), pools.allOrganisations(index)],
      ask: `Which organisation did ${name} succeed?`,
      statement: (value) => `${capitalise(name)} succeeded ${withDefiniteArticle(value)}.`,
      typeable: true,
      topic: `the predecessor of ${name}`,
      obscurity,
    });
  }
  return facts;
}

function projectFacts(index: CourseIndex, project: Project): Fact[] {
  const facts: Fact[] = [];
  const name = withDefiniteArticle(project.name);
  const obscurity = obscurityOf(index, project, project.sources);
  const seen = new Map<string, number>();
  for (const milestone of project.milestones) {
    const key = `milestone-${milestone.kind}-${slug(milestone.label)}`;
    const repeat = seen.get(key) ?? 0;
    seen.set(key, repeat + 1);
    facts.push(
      dateFact(index, project, repeat > 0 ? `${key}-${repeat + 1}` : key, milestone.date, {
        askWhen: `did this happen to ${name}: “${milestone.label}”`,
        sentence: (when) => `${capitalise(name)}: “${milestone.label}” ${when}.`,
        itemLabel: `${capitalise(name)}: ${milestone.label}`,
        topic: `when this happened to ${name}: “${milestone.label}”`,
      }),
    );
  }
  if (project.carries.length > 0) {
    const several = project.carries.length > 1;
    facts.push({
      id: `${project.id}#carries`,
      record: project,
      kind: "projects",
      valueType: "text",
      claims: [recordClaim(project, project.carries[0] as string)],
      disputed: false,
      trueValues: [...project.carries],
      // Only what projects of other types carry, so a distractor is never also carried.
      distractorTiers: [pools.carriesNotOfType(index, project.type)],
      ask: several
        ? `Which of these does ${name} carry or handle?`
        : `What does ${name} carry or handle?`,
      statement: (value) => `${capitalise(name)} carries or handles ${value}.`,
      typedVariants: several ? null : [],
      topic: `what ${name} carries`,
      obscurity,
    });
  }
  const typeLabel = PROJECT_TYPE_LABELS[project.type];
  if (typeLabel) {
    facts.push({
      id: `${project.id}#type`,
      record: project,
      kind: "projects",
      valueType: "text",
      claims: [recordClaim(project, typeLabel)],
      disputed: false,
      trueValues: [typeLabel],
      distractorTiers: [Object.values(PROJECT_TYPE_LABELS)],
      ask: `What kind of project is ${name}?`,
      statement: (value) => `${capitalise(name)} is ${value}.`,
      typedVariants: null,
      topic: `what kind of project ${name} is`,
      obscurity,
    });
  }
  if (project.acronym) {
    facts.push({
      id: `${project.id}#acronym`,
      record: project,
      kind: "projects",
      valueType: "text",
      claims: [recordClaim(project, project.name)],
      disputed: false,
      trueValues: [project.name, ...project.aliases],
      distractorTiers: [
        pools.projectNamesOfType(index, project.type),
        pools.allProjectNames(index),
      ],
      ask: `Which project is known as ${project.acronym}?`,
      statement: (value) => `${project.acronym} is ${withDefiniteArticle(value)}.`,
      typedVariants: project.aliases,
      typedAsk: `What does the acronym ${project.acronym} stand for?`,
      topic: `the project known as ${project.acronym}`,
      obscurity,
    });
  }
  const end = project.route.at(-1);
  if (project.route.length >= 2 && end) {
    const route = project.route;
    facts.push({
      id: `${project.id}#route`,
      record: project,
      kind: "projects",
      valueType: "ref",
      refKind: "place",
      claims: [recordClaim(project, end)],
      disputed: false,
      trueValues: [...route],
      alsoTrue: (id) => route.some((r) => index.nested(r, id)),
      distractorTiers: placeTiers(index, end),
      ask: `Which of these places lies on the route of ${name}?`,
      statement: (value) => `${value} lies on the route of ${name}.`,
      typeable: false,
      topic: `the route of ${name}`,
      obscurity,
    });
  }
  return facts;
}

function periodsOverlap(a: DateValue | null, b: DateValue | null): boolean {
  return a === null || b === null || (a.start <= b.end && b.start <= a.end);
}

function figureFacts(index: CourseIndex, figure: Figure): Fact[] {
  const period = figure.period ? formatDateValue(figure.period) : null;
  const when = period
    ? figure.period?.precision === "day"
      ? ` on ${period}`
      : figure.period?.precision === "approximate"
        ? ` (${period})`
        : ` in ${period}`
    : "";
  const sameMetric = index.pool("figures-by-metric", () => {
    const map = new Map<string, Figure[]>();
    for (const f of index.course.figures) {
      const key = `${f.metric}|${f.unit}`;
      map.set(key, [...(map.get(key) ?? []), f]);
    }
    return map;
  });
  // Amounts other figures give for the same measure and period are never distractors.
  const related = (sameMetric.get(`${figure.metric}|${figure.unit}`) ?? []).filter(
    (f) => f.id !== figure.id && periodsOverlap(f.period, figure.period),
  );
  const fact: NumberFact = {
    id: `${figure.id}#value`,
    record: figure,
    kind: "figures",
    valueType: "number",
    claims: figure.value.claims,
    disputed: figure.value.disputed,
    unit: figure.unit,
    forbiddenAmounts: related.flatMap((f) => f.value.claims.map((c) => c.value.amount)),
    ask: `What was the figure for “${figure.label}”${when}?`,
    statement: (value) => `${capitalise(figure.label)}${when}: ${value}.`,
    topic: `${figure.label}${when}`,
    year: figure.period ? yearOfIso(figure.period.start) : null,
    obscurity: obscurityOf(index, figure, claimRefs(figure.value.claims)),
  };
  return [fact];
}

/** Every askable fact of the course, in record order. Linear in the course's size. */
export function extractFacts(index: CourseIndex): Fact[] {
  const course = index.course;
  return [
    ...course.documents.flatMap((d) => documentFacts(index, d)),
    ...course.events.flatMap((e) => eventFacts(index, e)),
    ...course.people.flatMap((p) => personFacts(index, p)),
    ...course.places.flatMap((p) => placeFacts(index, p)),
    ...course.organisations.flatMap((o) => organisationFacts(index, o)),
    ...course.projects.flatMap((p) => projectFacts(index, p)),
    ...course.figures.flatMap((f) => figureFacts(index, f)),
  ];
}
