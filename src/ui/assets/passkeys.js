// Passkeys (WebAuthn) on /anmelden and /mein-bereich/passkeys. The sections stay hidden unless this browser
// can make and use passkeys; signing in with a password never depends on this script.
(() => {
  const PKC = window.PublicKeyCredential;
  if (!PKC?.parseCreationOptionsFromJSON || !PKC.parseRequestOptionsFromJSON || !window.fetch) return;

  // The page's CSRF token, where the visitor has a session (any form of the page carries it).
  const csrfOf = (root) =>
    (root || document).querySelector('input[name="_csrf"]')?.value ||
    document.querySelector('input[name="_csrf"]')?.value ||
    '';

  // The page's language code as its address names it (/en/anmelden …): the posts go under it too, so the
  // server's sentences (a refusal, an unknown passkey) come in the page's language.
  const segment = window.location.pathname.split('/')[1];
  const base = segment && segment === document.documentElement.lang ? `/${segment}` : '';

  const post = async (url, csrf, body) => {
    const res = await fetch(base + url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': csrf },
      body: JSON.stringify(body ?? {}),
    });
    const data = await res.json().catch(() => ({}));
    if (!res.ok) throw Object.assign(new Error(data.detail || ''), { status: res.status });
    return data;
  };

  // The browser's own refusals read as what they mean: cancelled or timed out (NotAllowedError), a passkey
  // of this account on this device already (InvalidStateError, when adding one), a site the browser will
  // not make passkeys for (SecurityError: an IP address, or no HTTPS). Ours carry our text.
  const browserSays = {
    NotAllowedError: 'cancelled',
    InvalidStateError: 'exists',
    SecurityError: 'insecure',
  };
  const explain = (el, err, root) => {
    const own = err && browserSays[err.name] && root.dataset[browserSays[err.name]];
    el.querySelector('[data-text]').textContent =
      own || (err && err.name !== 'Error' ? '' : err?.message) || root.dataset.failed;
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
        // The sign-in form's address carries the page's language (/en/anmelden …): any form's token will do.
        const { options, csrf } = await post('/anmelden/passkey/optionen', csrfOf());
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
    // A name refused here titles the page as a form error would ("Fehler: …"), until the next attempt.
    const title = document.title;
    register.addEventListener('submit', async (event) => {
      event.preventDefault();
      status.hidden = true;
      document.title = title;
      const submit = register.querySelector('button[type="submit"], button:not([type])');
      const field = register.querySelector('[name="name"]');
      const name = field.value.trim();
      field.removeAttribute('aria-invalid');
      if (submit) submit.disabled = true;
      let named = false;
      try {
        const csrf = csrfOf(register);
        // The name is checked first, so no passkey is made on the device that the site then refuses.
        const options = await post('/mein-bereich/passkeys/optionen', csrf, { name });
        named = true;
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
        // Refused before the device was asked: the name is what is wrong.
        if (!named && err?.status === 422) {
          field.setAttribute('aria-invalid', 'true');
          const refs = (field.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
          if (!refs.includes('passkey-status'))
            field.setAttribute('aria-describedby', [...refs, 'passkey-status'].join(' '));
          field.focus();
          if (register.dataset.errorTitle) document.title = register.dataset.errorTitle.replace('%s', title);
        }
        if (submit) submit.disabled = false;
      }
    });
  }
})();
