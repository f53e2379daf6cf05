// Who first published a story, when a copy says so: "This article was first published by
// IranWire", "(Reuters) -" at the start, or a closing line that is only an outlet's name.
const FIRST_PUBLISHED =
  /\b(?:(?:was\s+)?(?:first|originally)\s+(?:published|appeared)\s+(?:by|in|on|at)|republished\s+(?:from|with\s+permission\s+(?:from|of))|courtesy\s+of|source:)\s+(?:the\s+)?([A-Z][\w&'-]*(?:[ \t]+[A-Z][\w&'-]*){0,4})/;
const WIRE_DATELINE =
  /^[^\n]{0,80}?\((Reuters|AFP|AP|Associated Press|Agence France-Presse|Anadolu|Xinhua|dpa|UPI|IRNA|SANA|Rudaw|Kurdistan24|Shafaq News)\)\s*[-–—]/m;
const KNOWN_OUTLET_LINE = /^(?:[-–—]\s*)?(?:Source:\s*)?((?:[A-Z][\w&'.-]*\s?){1,4})\.?$/;
const WIRE_NAMES = new Set(['reuters', 'afp', 'ap', 'associated press', 'agence france-presse', 'anadolu']);

/** Outlet names that close an article on their own line ("Iran Wire"); words only, short. */
function trailingOutlet(text: string): string | null {
  const lines = text.trimEnd().split('\n');
  const last = lines.at(-1)?.trim() ?? '';
  if (last.length > 40 || lines.length < 3) return null;
  const m = KNOWN_OUTLET_LINE.exec(last);
  if (!m) return null;
  const name = m[1]!.trim();
  // a closing single word like "Ends" or a signature is not an outlet; demand a known shape
  if (
    /\b(?:Wire|News|Press|Agency|Times|Post|Monitor|Observer|Report|Daily|Gazette|Journal|Tribune|Herald|TV|Network|Reuters|AFP)\b/i.test(
      name,
    )
  )
    return name;
  return WIRE_NAMES.has(name.toLowerCase()) ? name : null;
}

export function detectOriginalSource(text: string): string | null {
  const first = FIRST_PUBLISHED.exec(text);
  if (first) return first[1]!.replace(/[.,;:]+$/, '');
  const wire = WIRE_DATELINE.exec(text.slice(0, 600));
  if (wire) return wire[1]!;
  return trailingOutlet(text);
}
