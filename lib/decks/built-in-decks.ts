import type { Question, QuestionKind } from "@/lib/questions/types";

export type DeckGroup = "course" | "theme" | "decade" | "kind";

/** A deck is a named selection of a course's question bank. */
export interface Deck {
  id: string;
  title: string;
  group: DeckGroup;
  questionIds: string[];
}

export const KIND_TITLES: Record<QuestionKind, string> = {
  dates: "Dates",
  signatories: "Signatories",
  documents: "Documents signed",
  places: "Places",
  projects: "Projects",
  organisations: "Organisations",
  figures: "Figures",
  people: "People",
};

/** How far down a type's list to look for a question about facts not asked in the last round. */
const FACT_LOOKAHEAD = 64;

/**
 * The order new questions are introduced in: round-robin over question types (each type in bank
 * order), taking for each type the first question whose facts were not asked in the last round, so
 * consecutive new questions differ in type and in fact. (Questions about one fact sit together in
 * the bank, and siblings are buried for the day: without the fact rule a session would only ever
 * see the first type of each fact.) Deterministic; O(n · lookahead).
 */
export function introductionOrder(questions: readonly Question[]): Question[] {
  const byType = new Map<string, Question[]>();
  for (const q of questions) {
    const list = byType.get(q.type);
    if (list) list.push(q);
    else byType.set(q.type, [q]);
  }
  const lists = [...byType.values()].map((items) => ({ items, taken: new Set<number>(), head: 0 }));
  const recent: string[][] = [];
  const ordered: Question[] = [];
  while (ordered.length < questions.length) {
    for (const list of lists) {
      while (list.taken.has(list.head)) list.head += 1;
      if (list.head >= list.items.length) continue;
      const used = new Set(recent.flat());
      let pick = list.head;
      for (let i = list.head; i < Math.min(list.items.length, list.head + FACT_LOOKAHEAD); i += 1) {
        if (!list.taken.has(i) && !(list.items[i]?.factIds ?? []).some((f) => used.has(f))) {
          pick = i;
          break;
        }
      }
      const question = list.items[pick];
      if (!question) continue;
      list.taken.add(pick);
      ordered.push(question);
      recent.push(question.factIds);
      if (recent.length > lists.length) recent.shift();
    }
  }
  return ordered;
}

/**
 * The decks every course has, derived from its questions' tags: the whole course, then one per theme
 * (in the course's order), per decade and per kind. Empty decks are left out. Each deck lists its
 * questions in introduction order.
 */
export function builtInDecks(
  course: { title: string; themes: ReadonlyArray<{ id: string; label: string }> },
  bank: readonly Question[],
): Deck[] {
  const questions = introductionOrder(bank);
  const decks: Deck[] = [
    { id: "all", title: course.title, group: "course", questionIds: questions.map((q) => q.id) },
  ];
  for (const theme of course.themes) {
    decks.push({
      id: `theme-${theme.id}`,
      title: theme.label,
      group: "theme",
      questionIds: questions.filter((q) => q.tags.themes.includes(theme.id)).map((q) => q.id),
    });
  }
  const decades = [...new Set(questions.flatMap((q) => q.tags.periods))].sort();
  for (const decade of decades) {
    decks.push({
      id: `decade-${decade}`,
      title: `The ${decade}`,
      group: "decade",
      questionIds: questions.filter((q) => q.tags.periods.includes(decade)).map((q) => q.id),
    });
  }
  for (const kind of Object.keys(KIND_TITLES) as QuestionKind[]) {
    decks.push({
      id: `kind-${kind}`,
      title: KIND_TITLES[kind],
      group: "kind",
      questionIds: questions.filter((q) => q.tags.kind === kind).map((q) => q.id),
    });
  }
  return decks.filter((d) => d.questionIds.length > 0);
}
