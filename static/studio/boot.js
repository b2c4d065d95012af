// Starts the studio: its own module (dateline-studio.js, built by
// scripts/build-studio.sh) with the shipped widget's mount() for the preview,
// in the producer's language: the one chosen in the studio before (kept by
// the studio under "dateline-studio-language"), else the browser's first
// that the studio speaks, else English.
//
// Each language's loading and failure lines, shown before the module runs or
// when it cannot: copies of the studio's catalogues' boot.loading and
// boot.failed (crates/studio/src/i18n/messages/), which tests/studio_words.rs
// keeps equal.
const lines = {
  en: ["Loading the studio…", "The studio could not start ({reason}). Reload the page to try again; your kept work is safe in this browser."],
  ar: ["جارٍ تحميل الاستوديو…", "تعذّر تشغيل الاستوديو ({reason}). أعد تحميل الصفحة لتحاول مرة أخرى؛ عملك المحفوظ آمن في هذا المتصفح."],
  es: ["Cargando el estudio…", "El estudio no pudo arrancar ({reason}). Vuelve a cargar la página para intentarlo de nuevo; tu trabajo guardado está a salvo en este navegador."],
  fr: ["Chargement du studio…", "Le studio n’a pas pu démarrer ({reason}). Rechargez la page pour réessayer ; votre travail conservé est en sécurité dans ce navigateur."],
  he: ["טוען את הסטודיו…", "לא ניתן היה להפעיל את הסטודיו ({reason}). טענו מחדש את הדף כדי לנסות שוב; העבודה השמורה שלכם בטוחה בדפדפן הזה."],
};
const rightToLeft = ["ar", "he"];

/** The primary subtag of `tag` if the studio speaks it. */
const spoken = (tag) => {
  const language = tag?.split(/[-_]/)[0].toLowerCase();
  return Object.hasOwn(lines, language) ? language : undefined;
};
let kept = null;
try {
  kept = localStorage.getItem("dateline-studio-language");
} catch {
  // A browser that keeps nothing for this page: the browser's languages decide.
}
const language = spoken(kept) ?? navigator.languages.map(spoken).find(Boolean) ?? "en";
const [loading, failed] = lines[language];
document.documentElement.lang = language;
document.documentElement.dir = rightToLeft.includes(language) ? "rtl" : "ltr";

const root = document.getElementById("studio");
root.querySelector(".st-loading")?.replaceChildren(loading);
try {
  const [{ default: init, start }, { mount }] = await Promise.all([
    import("./dateline-studio.js"),
    import("../dateline.js"),
  ]);
  await init();
  root.replaceChildren();
  start(root, mount, language);
} catch (error) {
  const message = document.createElement("p");
  message.className = "st-loading st-notice--refused";
  message.setAttribute("role", "alert");
  message.textContent = failed.replace("{reason}", () => error?.message ?? error);
  root.replaceChildren(message);
}
