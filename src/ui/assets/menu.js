// The back office's menu (twenty and more links) on a phone: folded under "Menü", so a page's heading is
// the first thing on the screen. Without JavaScript, and on wider screens, the menu stays open as before.
(() => {
  const menu = document.querySelector('details.site-nav__menu');
  if (!menu) return;
  const narrow = window.matchMedia('(max-width: 40em)');
  const fold = () => {
    menu.open = !narrow.matches;
  };
  fold();
  narrow.addEventListener('change', fold);
})();
