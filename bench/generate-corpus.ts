// A synthetic news corpus for benchmarks: articles assembled from sentence templates with
// MENA actors, places and dates, so every stage has work to do. Deterministic (seeded).
const ACTORS = [
  'Saraya al-Salam',
  'Kataib Hezbollah',
  "Asa'ib Ahl al-Haq",
  'the Popular Mobilization Forces (PMF)',
  'Iraqi security forces',
  'the Islamic State group',
  'Hezbollah',
  'the Houthis',
  'the Syrian Democratic Forces',
  'Turkish forces',
  'Muqtada al-Sadr',
  'Prime Minister Mohammed Shia al-Sudani',
  'Qais al-Khazali',
];
const PLACES = [
  'Baghdad',
  'Basra',
  'Mosul',
  'Kirkuk',
  'Najaf',
  'Karbala',
  'Erbil',
  'Sulaymaniyah',
  'Fallujah',
  'Ramadi',
  'Tikrit',
  'Samarra',
  'Diyala province',
  'Anbar province',
  'Albu Kamal',
  'Deir ez-Zor',
  'Aleppo',
  'Beirut',
  'Sanaa',
  'Hodeidah',
  'the Kadhimiya district',
  'Sadr City',
];
const DAYS = [
  'on Monday',
  'on Tuesday',
  'late on Wednesday',
  'on Thursday night',
  'last Friday',
  'on Saturday',
  'two days ago',
  'this week',
];
const TEMPLATES = [
  'Hundreds of fighters from {A} were deployed in {P} and {P} {D}, witnesses said.',
  'A roadside bomb struck a patrol of {A} near {P} {D}, killing two soldiers and wounding three others.',
  'Rockets hit a military base in {P} {D}; no group claimed responsibility for the attack.',
  '{A} accused {A} of targeting activists in {P}, according to a statement posted on Telegram.',
  'Protesters gathered outside the governorate building in {P} {D} to demand jobs and electricity.',
  'Security forces arrested four suspects in {P} {D}, the interior ministry said.',
  'Clashes erupted between {A} and {A} in {P} {D}, leaving several people dead.',
  'A drone strike hit a vehicle near {P} {D}, killing a commander of {A}, local officials said.',
  '"We will not allow anyone to threaten the security of {P}," a spokesman for {A} told reporters.',
  'The talks between the government and {A} in {P} ended without an agreement, sources said.',
  'Officials in {P} said the situation remained calm after {A} withdrew its checkpoints {D}.',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface BenchArticle {
  id: string;
  text: string;
  published: string;
}

export function generateCorpus(count: number, seed = 42, targetChars = 4000): BenchArticle[] {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const out: BenchArticle[] = [];
  for (let i = 0; i < count; i++) {
    const paras: string[] = [`${pick(ACTORS)} and the situation in ${pick(PLACES)}`];
    let len = 0;
    while (len < targetChars) {
      const sentences = Array.from({ length: 2 + Math.floor(rand() * 3) }, () =>
        pick(TEMPLATES).replace(/\{A\}|\{P\}|\{D\}/g, (m) =>
          m === '{A}' ? pick(ACTORS) : m === '{P}' ? pick(PLACES) : pick(DAYS),
        ),
      );
      const p = sentences.join(' ');
      paras.push(p.charAt(0).toUpperCase() + p.slice(1));
      len += p.length;
    }
    const day = 1 + Math.floor(rand() * 28);
    out.push({
      id: `bench-${i}`,
      text: paras.join('\n\n'),
      published: `2024-02-${String(day).padStart(2, '0')}`,
    });
  }
  return out;
}
