// Event types and sub-types of ../shared/spec/codebook.md, spelled exactly.
export const CODEBOOK = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': [
    'Chemical weapon',
    'Air/drone strike',
    'Suicide bomb',
    'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED',
    'Grenade',
  ],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement',
    'Arrests',
    'Change to group/activity',
    'Disrupted weapons use',
    'Headquarters or base established',
    'Looting/property destruction',
    'Non-violent transfer of territory',
    'Other',
  ],
  Statements: [
    'Accusation',
    'Threat',
    'Warning',
    'Demand or appeal',
    'Support or praise',
    'Denial',
    'Claim of responsibility',
  ],
} as const;

export type EventType = keyof typeof CODEBOOK;
export type SubtypeOf<T extends EventType> = (typeof CODEBOOK)[T][number];
export type EventSubtype = { [T in EventType]: SubtypeOf<T> }[EventType];

export const EVENT_TYPES = Object.keys(CODEBOOK) as EventType[];

const typeOfSubtype = new Map<string, EventType>();
for (const t of EVENT_TYPES) for (const s of CODEBOOK[t]) typeOfSubtype.set(s, t);

/** The type a sub-type belongs to (sub-type names are unique across the codebook). */
export function findTypeOfSubtype(subtype: string): EventType | undefined {
  return typeOfSubtype.get(subtype);
}

export function isEventType(s: string): s is EventType {
  return Object.hasOwn(CODEBOOK, s);
}
