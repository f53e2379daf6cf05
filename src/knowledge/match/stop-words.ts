// Words that are never a name on their own: function words and the common nouns of news
// prose. Dictionary names equal to one of these are not indexed, and such surfaces never match.
const WORDS = `a an the of and or but in on at to for from by with without as is are was were be been
it its he she his her they them their we our you your i me my this that these those there here
who whom whose which what when where why how not no yes all any some many much more most other
such only own same so than too very can will just do does did have has had new old said says say
city town state states province district area region people group groups forces force army
police party government ministry council committee office army militia movement front
president minister leader prime king sheikh general spokesman official officials sources source
news agency report reports today yesterday tomorrow week month year day night morning evening
north south east west northern southern eastern western central upper lower great greater
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december mr mrs ms dr man men woman women one two three
four five six ten first second third last next former deputy member members`;

/** Folded single words that never match a dictionary entry. */
export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/));

/** Shortest folded surface (in letters) that may match without being an explicit initialism. */
export const MIN_NAME_LENGTH = 3;

/** True when a folded surface is too short or too common to name anything. */
export function isStopSurface(folded: string): boolean {
  return folded.length < MIN_NAME_LENGTH + 2 && folded.replace(/ /g, '').length < MIN_NAME_LENGTH
    ? true
    : STOP_WORDS.has(folded);
}
