// Passkeys (WebAuthn) on /anmelden and /mein-bereich/passkeys. The sections stay hidden unless this browser
// can make and use passkeys; signing in with a password never depends on this script.
(() => {
  const PKC = window.PublicKeyCredential;
  if (!PKC?.parseCreationOptionsFromJSON || !PKC.parseRequestOptionsFromJSON || !window.fetch) return;

  const csrfOf = (root) => root.querySelector('input[name="_csrf"]')?.value || '';

  const post = async (url, csrf, body) => {
    const res = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': csrf },
      body: JSON.stringify(body ?? {}),
    });
    const data = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(data.detail || '');
    return data;
  };

  // The browser's own refusals (cancelled, timed out, not allowed) read as "cancelled"; ours carry our text.
  const explain = (el, err, root) => {
    el.textContent =
      err && err.name === 'NotAllowedError'
        ? root.dataset.cancelled
        : (err && err.name !== 'Error' ? '' : err?.message) || root.dataset.failed;
    el.hidden = false;
  };

  const signIn = document.querySelector('[data-passkey-signin]');
  if (signIn) {
    const button = signIn.querySelector('#passkey');
    const status = signIn.querySelector('#passkey-status');
    signIn.hidden = false;
    for (const h of document.querySelectorAll('[data-password-title]')) h.hidden = false;
    button.addEventListener('click', async () => {
      status.hidden = true;
      button.disabled = true;
      try {
        const form = document.querySelector('form[action="/anmelden"]');
        const { options, csrf } = await post('/anmelden/passkey/optionen', csrfOf(form));
        const credential = await navigator.credentials.get({
          publicKey: PKC.parseRequestOptionsFromJSON(options),
        });
        const { location } = await post('/anmelden/passkey', csrf, {
          response: credential.toJSON(),
          zurueck: signIn.dataset.back,
        });
        window.location.assign(location);
      } catch (err) {
        explain(status, err, signIn);
        button.disabled = false;
      }
    });
  }

  const register = document.querySelector('form[data-passkey-register]');
  if (register) {
    const status = register.querySelector('#passkey-status');
    register.hidden = false;
    for (const p of document.querySelectorAll('[data-passkey-unsupported]')) p.hidden = true;
    register.addEventListener('submit', async (event) => {
      event.preventDefault();
      status.hidden = true;
      const submit = register.querySelector('button[type="submit"], button:not([type])');
      const name = register.querySelector('[name="name"]').value.trim();
      if (submit) submit.disabled = true;
      try {
        const csrf = csrfOf(register);
        // The name is checked first, so no passkey is made on the device that the site then refuses.
        const options = await post('/mein-bereich/passkeys/optionen', csrf, { name });
        const credential = await navigator.credentials.create({
          publicKey: PKC.parseCreationOptionsFromJSON(options),
        });
        const { location } = await post('/mein-bereich/passkeys', csrf, {
          name,
          response: credential.toJSON(),
        });
        window.location.assign(location);
      } catch (err) {
        explain(status, err, register);
        if (submit) submit.disabled = false;
      }
    });
  }
})();
