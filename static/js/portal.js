// Progressive enhancement only: every page works without this file.
// Loaded as an ES module from our own origin (the Content-Security-Policy allows no inline script).

// Prevent a double click from sending a form twice (the server is idempotent anyway).
for (const button of document.querySelectorAll('[data-prevent-double-click="true"]')) {
  button.form?.addEventListener('submit', () => {
    setTimeout(() => { button.disabled = true; }, 0);
    setTimeout(() => { button.disabled = false; }, 5000);
  });
}

// Move focus to the error summary so screen readers announce the problems first.
const summary = document.querySelector('[data-module="error-summary"]');
if (summary) {
  summary.focus();
}
