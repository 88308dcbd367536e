// The back office's menu (twenty and more links) on a phone: folded under "Menü", so a page's heading is
// the first thing on the screen. Without JavaScript, and on wider screens, the menu stays open as before.
// Opened on a phone, Escape folds it again and leaves the focus on "Menü", as a disclosure menu does.
(() => {
  const menu = document.querySelector('details.site-nav__menu');
  if (!menu) return;
  const narrow = window.matchMedia('(max-width: 40em)');
  const fold = () => {
    menu.open = !narrow.matches;
  };
  fold();
  narrow.addEventListener('change', fold);
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !narrow.matches || !menu.open) return;
    menu.open = false;
    menu.querySelector('summary')?.focus();
  });
})();
