// Tabs | Compare: how every example on every page is shown, one choice for the site.
// Kept the way sphinx-design keeps the framework (design-tabs.js): in localStorage,
// across reloads and pages, and a link's `?view=compare` (or `?view=tabs`) sets it; it
// combines with `?framework=jax`. Loaded in <head>, so the page is laid out in the chosen
// view from its first paint; the switch's buttons are wired once the page has loaded.
(() => {
  const KEY = "prelim-view";
  const VIEWS = ["tabs", "compare"];
  const root = document.documentElement;

  // storage may throw (site data blocked): the switch then works for this page only
  function stored() {
    try {
      return window.localStorage.getItem(KEY);
    } catch (err) {
      return null;
    }
  }
  function store(view) {
    try {
      window.localStorage.setItem(KEY, view);
    } catch (err) {
      // persistence unavailable; ignore
    }
  }

  function show(view) {
    root.dataset.prelimView = view;
    document.querySelectorAll(".prelim-view-switch").forEach((button) => {
      button.setAttribute("aria-pressed", String(view === "compare"));
    });
  }

  const asked = new URLSearchParams(window.location.search).get("view");
  if (VIEWS.includes(asked)) store(asked);
  show(VIEWS.includes(asked) ? asked : VIEWS.includes(stored()) ? stored() : "tabs");

  document.addEventListener("DOMContentLoaded", () => {
    show(root.dataset.prelimView);
    document.querySelectorAll(".prelim-view-switch").forEach((button) => {
      button.addEventListener("click", () => {
        const view = root.dataset.prelimView === "compare" ? "tabs" : "compare";
        // keep the clicked switch where it was on screen while the page reflows
        const before = button.getBoundingClientRect().top;
        store(view);
        show(view);
        window.scrollBy(0, button.getBoundingClientRect().top - before);
      });
    });
  });
  // another window of the site switched: follow it
  window.addEventListener("storage", (event) => {
    if (event.key === KEY && VIEWS.includes(event.newValue)) show(event.newValue);
  });
})();
