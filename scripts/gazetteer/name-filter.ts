// Which alternate names are worth keeping: English news spells places in Latin script (and
// sometimes quotes Arabic, Persian or Hebrew), so other scripts only cost load time. Airport
// and other codes ("ALV", "BGW") would match unrelated initialisms and are dropped.
const USEFUL = /^[\p{Script=Latin}\p{Script=Arabic}\p{Script=Hebrew}\p{M}\p{N}\s\p{P}\p{S}]+$/u;
const CODE = /^[A-Z0-9]{2,4}$/;

export function usefulAltName(s: string): boolean {
  const t = s.trim();
  return t.length >= 3 && USEFUL.test(t) && !CODE.test(t) && /\p{L}/u.test(t);
}

/** Drops "Governorate", "Province", "Muhafazat" and trailing apostrophes from an admin name. */
export function bareAdminName(s: string): string {
  return s
    .replace(/^(?:Muhafazat|Mohafazat|Ostan-e|Provincia de|Province of)\s+/i, '')
    .replace(/\s+(?:Governorate|Province|Region|State|Oblast|District|Prefecture|Department)$/i, '')
    .replace(/['’ʼ]+$/u, '')
    .trim();
}

/** Unique, non-empty names in first-seen order, without the canonical name itself. */
export function uniqueNames(name: string, names: Iterable<string>): string[] {
  const seen = new Set([name]);
  const out: string[] = [];
  for (const n of names) {
    const t = n.trim();
    if (t && !seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  }
  return out;
}
