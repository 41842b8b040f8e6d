// Sends a visitor of `/` to the best of the five UI languages. The page lists all five as
// plain links, so it works without JavaScript; this only saves a click.
(() => {
  const supported = ['vi', 'en', 'de', 'ru', 'ar'];
  const wanted = (
    navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en']
  ).map((tag) => String(tag).toLowerCase().split('-')[0]);
  const lang = wanted.find((code) => supported.includes(code)) || 'en';
  window.location.replace(`/${lang}/`);
})();
