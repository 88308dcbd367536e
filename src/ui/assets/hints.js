// Progressive enhancement for /mitmachen: while a proposal is typed, show the most similar published
// proposals. Without JavaScript the same hints appear on a confirmation step before the final submit.
(() => {
  const form = document.querySelector('form[data-hints]');
  if (!form || !window.fetch) return;
  const title = form.querySelector('[name="title"]');
  const body = form.querySelector('[name="body"]');
  const region = document.getElementById('similar-live');
  if (!title || !body || !region) return;
  const heading = region.dataset.heading || '';
  let degrees = {};
  try {
    degrees = JSON.parse(region.dataset.degrees || '{}');
  } catch {
    degrees = {};
  }
  const sameTitle = region.dataset.sameTitle || '';
  // The page's language in its links (/en/…), as the server puts it into the links it draws.
  const prefix = region.dataset.prefix || '';
  // A proposal's address from the API is absolute (the city's base address): the page's own origin and
  // language are kept.
  const local = (address) => {
    const url = new URL(address, window.location.href);
    return `${prefix}${url.pathname}${url.search}`;
  };
  let timer;
  let last = '';
  let controller;

  const render = (items) => {
    region.replaceChildren();
    if (!items.length) return;
    const h = document.createElement('h2');
    h.className = 'kern-heading-small';
    h.textContent = heading;
    const list = document.createElement('ul');
    list.className = 'kern-list';
    for (const item of items) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.className = 'kern-link';
      a.href = local(item.url);
      a.textContent = item.title;
      // The city's proposals are in its language: marked when the page is in another.
      if (region.dataset.contentLang) a.lang = region.dataset.contentLang;
      const meta = document.createElement('span');
      meta.className = 'meta';
      const degree = document.createElement('span');
      degree.className = `similar-degree similar-degree--${item.degree}`;
      degree.textContent = degrees[item.degree] || item.degree;
      meta.append(` (${item.number}, `, degree, item.sameTitle && sameTitle ? `, ${sameTitle})` : ')');
      li.append(a, meta);
      list.append(li);
    }
    // How the hints are found, with the page that explains it (as on the confirmation step).
    const how = document.createElement('p');
    how.className = 'kern-body kern-body--small';
    const more = document.createElement('a');
    more.className = 'kern-link';
    more.href = local('/transparenz/algorithmen');
    more.textContent = region.dataset.howLink || '';
    how.append(`${region.dataset.how || ''} `, more);
    region.append(h, list, how);
  };

  const lookup = async () => {
    const text = `${title.value} ${body.value}`.trim();
    if (text.length < 12 || text === last) return;
    last = text;
    controller?.abort();
    controller = new AbortController();
    try {
      const res = await fetch(
        `/api/v1/proposals/similar?limit=5&title=${encodeURIComponent(title.value.slice(0, 200))}&text=${encodeURIComponent(text.slice(0, 2000))}`,
        {
          signal: controller.signal,
          headers: { accept: 'application/json' },
        },
      );
      if (res.ok) render((await res.json()).data);
    } catch {
      // Offline or aborted: the confirmation step still shows the hints.
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(lookup, 400);
  };
  title.addEventListener('input', schedule);
  body.addEventListener('input', schedule);
  // Back on the form (the browser filled in what was typed): the hints for it, without typing again.
  window.addEventListener('pageshow', () => {
    if (title.value || body.value) schedule();
  });
})();
