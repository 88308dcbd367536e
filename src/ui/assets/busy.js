// Forms whose answer takes seconds (computing the groups of a thousand proposals): once sent, the button
// says so and a second press sends nothing; the form's status line tells screen readers too. Without
// JavaScript the browser shows that it is loading, and the form works the same.
(() => {
  for (const form of document.querySelectorAll('form[data-busy]')) {
    const button = form.querySelector('button:not([type]), button[type="submit"]');
    const status = form.querySelector('[data-busy-status]');
    let sent = false;
    const show = (busy) => {
      sent = busy;
      if (busy) button?.setAttribute('aria-disabled', 'true');
      else button?.removeAttribute('aria-disabled');
      button?.classList.toggle('is-busy', busy);
      if (status) status.textContent = busy ? form.dataset.busy || '' : '';
    };
    form.addEventListener('submit', (event) => {
      if (sent) event.preventDefault();
      else show(true);
    });
    // Back from the answer through the browser's history, the page may come from its cache: ready again.
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) show(false);
    });
  }
})();
