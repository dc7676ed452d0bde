// Starts the overview's data request for the plain landing page ("/" without filters)
// while style.css and the app's modules are still loading; app.js picks the answer up.
// Not a module, so it runs as soon as the parser reaches it. Filtered views (a query in
// the hash) are left to app.js.
(function () {
  const hash = location.hash.replace(/^#/, "");
  if (hash && hash !== "/") return;
  const url = "/events/summary?timeline=auto";
  window.tollbookEarly = { url, response: fetch(url, { headers: { Accept: "application/json" } }) };
})();
