// Keyboard access to code and outputs that scroll sideways, kept right as tabs switch.
// The theme gives a scrollable <pre> or cell output a tab stop (tabindex 0, else -1) when
// the page loads, and again only when the window resizes or #main-content gains or loses
// nodes. A framework's tab hidden at load measures 0 wide and gets -1; choosing that
// framework (sphinx-design checks an input: no node added) then showed its wide code with
// no tab stop, out of reach of the keyboard. A ResizeObserver sees each block appear or
// change width, and applies the theme's rule to it then.
(() => {
  const SCROLLABLE = "pre, .cell_output > .output";
  const tabStop = (el) => {
    el.tabIndex = el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight ? 0 : -1;
  };
  const observer = new ResizeObserver((entries) => entries.forEach((e) => tabStop(e.target)));
  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll(SCROLLABLE).forEach((el) => observer.observe(el));
  });
})();
