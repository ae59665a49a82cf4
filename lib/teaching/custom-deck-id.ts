/**
 * A teacher's deck is studied under the deck id `custom-<CustomDeck.id>`, beside the built-in ids
 * ("all", "theme-…", "decade-…", "kind-…"), so one study session serves both.
 */
const PREFIX = "custom-";

export function customDeckStudyId(customDeckId: string): string {
  return `${PREFIX}${customDeckId}`;
}

/** The CustomDeck id inside a study deck id, or null for a built-in deck id. */
export function parseCustomDeckStudyId(deckId: string): string | null {
  return deckId.startsWith(PREFIX) && deckId.length > PREFIX.length
    ? deckId.slice(PREFIX.length)
    : null;
}
