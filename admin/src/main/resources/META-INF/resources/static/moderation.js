// Beacon admin, moderation queue: progressive enhancement only; every decision is a plain form post without it.
// Keys: j/k next/previous comment, x select it, a approve (r restore), h hide, d delete, o open its page.
// Every 15 s the number of waiting comments is asked again; when it changed and nothing is selected or typed, the
// queue is fetched and swapped in place (no reload), the focused comment kept.
(function () {
  'use strict';
  var form = document.getElementById('queue');
  if (!form) { return; }
  function items() { return Array.prototype.slice.call(form.querySelectorAll('article.comment')); }
  function current() { return document.activeElement && document.activeElement.closest('article.comment'); }
  function move(step) {
    var all = items(), at = all.indexOf(current()), next = all[Math.max(0, Math.min(all.length - 1, at + step))];
    if (next) { next.focus(); }
  }
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    var t = e.target.tagName;
    if (t === 'INPUT' && e.target.type !== 'checkbox' || t === 'TEXTAREA' || t === 'SELECT') { return; }
    var item = current();
    if (e.key === 'j') { move(1); e.preventDefault(); return; }
    if (e.key === 'k') { move(-1); e.preventDefault(); return; }
    if (!item) { return; }
    if (e.key === 'x') { var box = item.querySelector('input[name=pick]'); box.checked = !box.checked; e.preventDefault(); return; }
    if (e.key === 'o') { item.querySelector('.actions a').click(); return; }
    var button = item.querySelector('button[data-key="' + e.key + '"]');
    if (button) { e.preventDefault(); button.click(); }
  });
  var waiting = document.getElementById('waiting');
  var url = form.getAttribute('data-queue');
  function busy() {
    return form.querySelector('input[name=pick]:checked') || document.activeElement.tagName === 'TEXTAREA';
  }
  function refresh() {
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (body) {
        if (!body || String(body.waiting) === waiting.getAttribute('data-waiting') || busy()) { return null; }
        return fetch(location.href, { credentials: 'same-origin' }).then(function (r) { return r.ok ? r.text() : null; });
      })
      .then(function (html) {
        if (!html || busy()) { return; }
        var fresh = new DOMParser().parseFromString(html, 'text/html');
        var queue = fresh.getElementById('queue'), count = fresh.getElementById('waiting');
        if (!queue || !count) { return; }
        var focused = current() && current().id;
        form.innerHTML = queue.innerHTML;
        waiting.textContent = count.textContent;
        waiting.setAttribute('data-waiting', count.getAttribute('data-waiting'));
        if (focused && document.getElementById(focused)) { document.getElementById(focused).focus(); }
      })
      .catch(function () { /* the next poll tries again */ });
  }
  setInterval(refresh, 15000);
})();
