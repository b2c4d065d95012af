// Stories nobody here wrote: a seeded, deterministic generator of story
// files (format version 1) for the tests that hold the widget's promises on
// stories it has not seen. The same seed always gives the same story.
//
// What varies, each drawn from the seed:
// - names in Latin with diacritics, Arabic, Hebrew, Chinese, Japanese,
//   Korean, Devanagari, Cyrillic, Greek, Ethiopic and Vietnamese, bilingual
//   names ("X (Y)"), short names, and long organisation names;
// - 1 to 300 events over a span of days to millennia (before the common era
//   included), in dense bursts or spread out, at every precision, with "~",
//   "?" and "%" qualifiers, ranges, and undated context;
// - 0 to 120 actors, sparse or dense relations, short and long quotes;
// - titles from a few words to whole sentences (up to about 160 characters);
// - the story's language: every shipped one (en, fr, es, ar, he) and two
//   written only through the browser's Intl (de, ja).

/** A small, fast PRNG (mulberry32): numbers in [0, 1) from a 32-bit seed. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = {
  latin: ["Zoë Ångström", "François Lefèvre", "Łukasz Wróbel", "Ana Muñoz", "Søren Kierkegård", "Björn Þórsson", "Mehmet Öztürk", "Caoimhe Ní Bhriain", "José Ñúñez", "Dvořák Růžička"],
  arabic: ["ليلى كريمي", "محمد بن سلمان", "عبد الله الثاني", "حركة طالبان", "وزارة الخارجية"],
  hebrew: ["דוד לוי", "שרה כהן", "משרד החוץ", "יעל אברהם"],
  chinese: ["王小明", "李娜", "外交部", "中国人民银行"],
  japanese: ["山田太郎", "佐藤花子", "外務省", "トヨタ自動車"],
  korean: ["김민준", "이서연", "대한민국 국회"],
  devanagari: ["अमित शर्मा", "प्रिया पटेल", "भारतीय रिज़र्व बैंक"],
  cyrillic: ["Анна Петрова", "Сергей Лавров", "Министерство иностранных дел"],
  greek: ["Γιώργος Παπαδόπουλος", "Ελένη Νικολάου", "Βουλή των Ελλήνων"],
  ethiopic: ["አበበ ቢቂላ", "ሳምራዊት ተስፋዬ"],
  vietnamese: ["Nguyễn Văn An", "Trần Thị Bích Ngọc", "Bộ Ngoại giao"],
  long: [
    "International Committee for the Coordination of Regional Water Resources Management",
    "Organisation for the Prohibition of Chemical Weapons Technical Secretariat",
    "United Nations Assistance Mission in Afghanistan",
    "Federal Ministry for Economic Cooperation and Development",
  ],
  short: ["UN", "EU", "US", "IMF", "Li", "Al", "NATO", "Iran"],
};

const WORDS = {
  en: "the council announced new talks after a long dispute over water rights and the border crossing remained closed while envoys met in the capital to discuss aid sanctions and elections".split(" "),
  fr: "le conseil a annoncé de nouvelles négociations après un long différend sur les droits de l’eau et la frontière est restée fermée pendant que les envoyés se réunissaient".split(" "),
  es: "el consejo anunció nuevas conversaciones tras una larga disputa sobre el agua y la frontera siguió cerrada mientras los enviados se reunían en la capital".split(" "),
  ar: "أعلن المجلس عن محادثات جديدة بعد نزاع طويل حول حقوق المياه وظل المعبر الحدودي مغلقا بينما اجتمع المبعوثون في العاصمة".split(" "),
  he: "המועצה הודיעה על שיחות חדשות לאחר סכסוך ארוך על זכויות המים והמעבר נשאר סגור בזמן שהשליחים נפגשו בבירה".split(" "),
  de: "der Rat kündigte neue Gespräche nach einem langen Streit über Wasserrechte an und der Grenzübergang blieb geschlossen während sich die Gesandten trafen".split(" "),
  ja: "評議会は 水利権をめぐる 長い紛争の後 新たな協議を 発表し 国境検問所は 閉鎖された まま 特使が 首都で 会談した".split(" "),
};

const LANGUAGES = ["en", "fr", "es", "ar", "he", "de", "ja"];
const KINDS = ["person", "state", "organisation", "group", "place"];
const STANCES = ["cooperative", "hostile", "neutral"];
const VERBS = ["engages", "condemns", "supports", "opposes", "meets", "member_of", "threatens", "funds"];

/** A story file (as an object) for `seed`, with `overrides` of the drawn parameters. */
export function generateStory(seed, overrides = {}) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const between = (low, high) => low + Math.floor(next() * (high - low + 1));
  // Small casts and timelines are the most common, large ones rarer.
  const skewed = (low, high) => low + Math.floor(next() ** 2.5 * (high - low + 1));
  const params = {
    language: pick(LANGUAGES),
    events: skewed(1, 300),
    actors: skewed(0, 120),
    relationDensity: pick([0, 0.3, 1, 2.5]),
    quotes: skewed(0, 30),
    spanDays: pick([3, 40, 400, 4000, 40_000, 800_000]),
    startYear: pick([2024, 2021, 1989, 1914, 1453, -43, -2500]),
    bursts: next() < 0.4,
    titleWords: pick([[2, 6], [4, 12], [10, 28]]),
    ...overrides,
  };
  const words = WORDS[params.language];
  const sentence = ([low, high]) => {
    const count = between(low, high);
    const text = Array.from({ length: count }, () => pick(words)).join(params.language === "ja" ? "" : " ");
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  const scripts = Object.keys(NAMES).filter((script) => script !== "short");
  const name = (i) => {
    const script = pick(scripts);
    const base = pick(NAMES[script]);
    // Bilingual names, and numbers to keep names apart in large casts.
    if (next() < 0.12) return `${base} (${pick(NAMES.latin)})`;
    return i < 12 ? base : `${base} ${i}`;
  };

  // Every item rests on a paragraph of the (imagined) article.
  const source = () => ({ paragraph: between(1, 40), excerpt: sentence([3, 8]) });
  const actors = Array.from({ length: params.actors }, (_, i) => {
    const actor = { id: `actor-${i}`, name: name(i), kind: pick(KINDS), source: source() };
    if (next() < 0.25) actor.short_name = pick(NAMES.short);
    if (next() < 0.3) actor.role = sentence([2, 6]);
    return actor;
  });

  // Days since 1970-01-01 of the start of `year` (proleptic Gregorian).
  const dayOfYear = (year) => Date.UTC(2000, 0, 1) / 864e5 + (year - 2000) * 365.2425;
  // Everything happens before the story is published, in mid-2025.
  const published = Math.round(dayOfYear(2025.5));
  const start = Math.round(Math.min(dayOfYear(params.startYear), published - params.spanDays * 1.05));
  const burstCentres = Array.from({ length: 3 }, () => start + next() * params.spanDays);
  const edtf = (day, precision, qualifier) => {
    const date = new Date(day * 864e5);
    const year = date.getUTCFullYear();
    const yyyy = year < 0 ? `-${String(-year).padStart(4, "0")}` : String(year).padStart(4, "0");
    const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
    const dd = String(date.getUTCDate()).padStart(2, "0");
    const text = precision === "year" ? yyyy : precision === "month" ? `${yyyy}-${mm}` : `${yyyy}-${mm}-${dd}`;
    return text + qualifier;
  };
  const precisionFor = () => (params.spanDays > 40_000 ? pick(["year", "year", "month"]) : params.spanDays > 400 ? pick(["year", "month", "day"]) : pick(["month", "day", "day"]));

  const events = Array.from({ length: params.events }, (_, i) => {
    const event = { id: `event-${i}`, title: sentence(params.titleWords), kind: "reported", source: source() };
    if (i > 0 && next() < 0.05) {
      event.kind = "context";
      return event;
    }
    const day = params.bursts && next() < 0.7 ? pick(burstCentres) + (next() - 0.5) * Math.max(2, params.spanDays / 60) : start + next() * params.spanDays;
    const precision = precisionFor();
    const qualifier = pick(["", "", "", "", "~", "?", "%"]);
    event.date = edtf(Math.floor(day), precision, qualifier);
    if (next() < 0.1) {
      const end = Math.floor(day + 1 + next() * params.spanDays * 0.2);
      if (precision !== "year" || new Date(end * 864e5).getUTCFullYear() > new Date(day * 864e5).getUTCFullYear()) {
        event.end = edtf(end, precision, "");
      }
    }
    if (next() < 0.1) event.kind = "context";
    if (next() < 0.4) event.summary = sentence([8, 30]);
    if (actors.length) event.actors = [...new Set(Array.from({ length: between(0, 3) }, () => pick(actors).id))];
    return event;
  });

  const relations = [];
  if (actors.length > 1) {
    const count = Math.round(actors.length * params.relationDensity);
    for (let i = 0; i < count; i += 1) {
      const from = pick(actors);
      const to = pick(actors.filter((actor) => actor !== from));
      relations.push({ id: `relation-${i}`, from: from.id, to: to.id, kind: pick(VERBS), stance: pick(STANCES), label: sentence([2, 7]), mutual: next() < 0.2, source: source() });
    }
  }

  // Quotes are spoken by people and groups.
  const speakers = actors.filter((actor) => actor.kind === "person" || actor.kind === "group");
  const quotes = speakers.length
    ? Array.from({ length: params.quotes }, (_, i) => ({
        id: `quote-${i}`,
        text: sentence(pick([[3, 8], [20, 60]])),
        speaker: pick(speakers).id,
        kind: pick(["direct", "partial", "pull"]),
        source: source(),
      }))
    : [];

  return {
    version: 1,
    meta: {
      title: sentence([4, 14]),
      source: { name: "The Generated Times", url: "https://news.example.org/story" },
      published: edtf(published, "day", ""),
      language: params.language,
      summary: sentence([10, 30]),
    },
    actors,
    events,
    relations,
    quotes,
  };
}

/** The parameters `generateStory(seed)` draws, for reports. */
export function describeStory(story) {
  return `${story.meta.language}, ${story.events.length} events, ${story.actors.length} actors, ${story.relations.length} relations`;
}
