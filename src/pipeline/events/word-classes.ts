// Closed word classes the trigger reader tests token by token over windows (modality,
// promises, warnings, sentence-internal stops). The lexicon compiles each into a single-word
// matcher with its own bit in the per-token mask, so a window scan is a bit test per token.

/** "will attack", "could strike": the action is not (yet) real. */
export const MODALS = [
  'will',
  'would',
  'could',
  'may',
  'might',
  'should',
  'shall',
  'must',
  'cannot',
  "can't",
  "won't",
];

/** "threatened on Monday to expand the group's attacks" */
export const PROMISES = ['threatened', 'threatens', 'threaten', 'vowed', 'vows', 'vow', 'pledged', 'pledges'];

/** "warned armed factions against attacking missions" */
export const WARNINGS = ['warned', 'warns', 'warn', 'warning', 'urged', 'urges', 'cautioned'];

/** Punctuation a cue window never crosses. */
export const HARD_STOPS = [';', ':', '.', '!', '?'];
