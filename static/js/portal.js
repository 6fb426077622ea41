// Progressive enhancement only: every page works without this file.
// Loaded as an ES module from our own origin (the Content-Security-Policy allows no inline script).

import { signDetached } from './ncalayer.js';

// Bind everything to the page now, and again after an upload's answer replaces the document
// (document.write keeps this module's window, and module scripts do not run twice).
function enhance() {
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

  // Upload with a progress bar; without JavaScript the form posts as usual.
  for (const form of document.querySelectorAll('[data-upload-form]')) {
    const input = form.querySelector('input[type="file"]');
    const box = form.querySelector('[data-upload-progress]');
    const bar = box?.querySelector('progress');
    const percent = box?.querySelector('[data-upload-percent]');
    const label = box?.querySelector('label');
    const maxBytes = Number(form.dataset.maxBytes);
    form.addEventListener('submit', (event) => {
      const file = input?.files?.[0];
      if (!file || !box) {
        return; // let the server say what is missing
      }
      event.preventDefault();
      box.hidden = false;
      bar.hidden = false; // a previous choice may have been too large
      bar.value = 0;
      percent.textContent = '';
      label.dataset.initial ??= label.textContent;
      label.textContent = label.dataset.initial;
      if (file.size > maxBytes) {
        label.textContent = label.dataset.tooLarge;
        bar.hidden = true;
        return;
      }
      const request = new XMLHttpRequest();
      request.open('POST', form.action || window.location.href);
      request.upload.addEventListener('progress', (progress) => {
        if (progress.lengthComputable) {
          const value = Math.round((progress.loaded / progress.total) * 100);
          bar.value = value;
          percent.textContent = `${value}%`;
        }
      });
      request.addEventListener('load', () => {
        // Show the server's answer (the page with the new file, or the error) as a normal page.
        window.history.replaceState(null, '', request.responseURL);
        document.open();
        document.write(request.responseText);
        document.close();
        enhance();
      });
      request.addEventListener('error', () => { label.textContent = label.dataset.failed; });
      request.send(new FormData(form));
    });
  }

  // Sign with NCALayer: forms marked data-ncalayer-form sign the text in their data-sign-text
  // element (the manifest, or the sign-in challenge) and post the CMS. Without JavaScript the
  // button stays hidden and the page says that signing needs JavaScript.
  for (const form of document.querySelectorAll('[data-ncalayer-form]')) {
    const button = form.querySelector('[data-ncalayer-sign]');
    const status = form.querySelector('[data-ncalayer-status]');
    const source = document.getElementById(form.dataset.signText);
    const output = form.querySelector('[data-cms]');
    if (!button || !status || !source || !output) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      button.disabled = true;
      status.textContent = status.dataset.signing;
      try {
        output.value = await signDetached(source.textContent, { locale: document.documentElement.lang });
        form.submit();
      } catch (error) {
        status.textContent = status.dataset[{ not_running: 'notRunning', cancelled: 'cancelled' }[error.kind] || 'failed'];
        button.disabled = false;
      }
    });
  }
}

enhance();
