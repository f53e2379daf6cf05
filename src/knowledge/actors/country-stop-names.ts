// Country names and country initialisms never name an organisation on their own: "Iraq" in a
// sentence is a place (the gazetteer's job), even if an actor lists it as an alias.
const NAMES = `iraq iran syria lebanon yemen jordan israel palestine turkey turkiye egypt kuwait qatar
bahrain oman libya sudan tunisia algeria morocco afghanistan pakistan russia ukraine china india
france germany britain england america cyprus greece armenia azerbaijan georgia somalia eritrea
ethiopia djibouti mauritania`;
const PHRASES = [
  'saudi arabia',
  'united arab emirates',
  'united states',
  'united states of america',
  'united kingdom',
  'great britain',
  'state of palestine',
  'west bank',
  'gaza strip',
  'kurdistan region',
];

/** Folded surfaces an actor index refuses to match. */
export const COUNTRY_STOP_NAMES: ReadonlySet<string> = new Set([...NAMES.split(/\s+/), ...PHRASES]);
