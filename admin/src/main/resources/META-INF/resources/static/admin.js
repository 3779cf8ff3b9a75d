// Beacon admin: progressive enhancement only. Every page works without this script.
(function () {
  'use strict';
  // The site switcher goes as soon as a site is chosen (its button stays for keyboards and no-script).
  document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
    select.addEventListener('change', function () {
      if (select.value) { select.form.submit(); }
    });
  });
})();
