// Beacon admin: progressive enhancement only. Every page works without this script.
(function () {
  'use strict';
  // The site switcher goes as soon as a site is chosen (its button stays for keyboards and no-script).
  document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
    select.addEventListener('change', function () {
      if (select.value) { select.form.submit(); }
    });
  });

  // Live counters of channel messages. The page comes with the counts the server computed with the text module (the
  // api's own measure); here they follow typing. UTF16 is what WhatsApp, Messenger and Telegram are measured in, and
  // a JavaScript string's length is exactly that. A WhatsApp message with a button holds less text (data-max-buttons).
  var measures = { UTF16: function (s) { return s.length; } };
  function count(field) {
    var measure = measures[field.getAttribute('data-count')];
    var out = document.getElementById(field.getAttribute('aria-describedby'));
    if (!measure || !out) { return; }
    var max = Number(field.getAttribute('data-max'));
    var message = field.closest('[data-message]');
    if (field.hasAttribute('data-max-buttons') && message) {
      var titled = Array.prototype.some.call(message.querySelectorAll('input[name="btn.title"]'), function (t) {
        return t.value.trim() !== '';
      });
      if (titled) { max = Number(field.getAttribute('data-max-buttons')); }
    }
    var n = measure(field.value);
    out.textContent = n + ' / ' + max;
    out.classList.toggle('over', n > max);
  }
  document.querySelectorAll('[data-count]').forEach(function (field) {
    field.addEventListener('input', function () {
      count(field);
      var message = field.closest('[data-message]');
      if (message && field.name === 'btn.title') {
        message.querySelectorAll('textarea[data-max-buttons]').forEach(count);
      }
    });
  });
})();
