// Beacon admin: progressive enhancement only. Every page works without this script.
(function () {
  'use strict';
  // The site switcher goes as soon as a site is chosen (its button stays for keyboards and no-script).
  document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
    select.addEventListener('change', function () {
      if (select.value) { select.form.submit(); }
    });
  });

  // Undo in the block editor is the server's (the form carries its history, EditHistory): what is typed since the page
  // was drawn is a step of its own, so Undo is offered as soon as something is typed.
  document.querySelectorAll('form.editor').forEach(function (editor) {
    editor.addEventListener('input', function () {
      editor.querySelectorAll('button[data-undo]').forEach(function (b) { b.disabled = false; });
    });
  });

  // Live counters of channel messages. The page comes with the counts the server computed with the text module (the
  // api's own measure); here they follow typing. UTF16 is what WhatsApp, Messenger and Telegram are measured in, and
  // a JavaScript string's length is exactly that. A WhatsApp message with a button holds less text (data-max-buttons).
  // SMS and USSD count the text with its menu lines ("1. Title"), as the text module's SmsCount and Gsm7 do; the
  // GSM-7 alphabet comes from the server (the text module's), CR and LF added here.
  var form = document.querySelector('form[data-gsm7]');
  var basic = form ? form.getAttribute('data-gsm7') + '\n\r' : '';
  var extension = form ? form.getAttribute('data-gsm7-ext') : '';
  function septets(c) { return basic.indexOf(c) >= 0 ? 1 : extension.indexOf(c) >= 0 ? 2 : 0; }
  function firstNotGsm(s) {
    for (var i = 0; i < s.length; i++) { if (!septets(s[i])) { return String.fromCodePoint(s.codePointAt(i)); } }
    return null;
  }
  function sms(s) {
    var gsm = firstNotGsm(s) === null, single = gsm ? 160 : 70, part = gsm ? 153 : 67;
    var units = 0, parts = 0, room = 0;
    for (var i = 0; i < s.length;) {
      var step = gsm ? 1 : (s.codePointAt(i) > 0xFFFF ? 2 : 1), cost = gsm ? septets(s[i]) : step;
      if (cost > room) { parts++; room = part; }
      room -= cost; units += cost; i += step;
    }
    if (units > 0 && units <= single) { parts = 1; }
    return { encoding: gsm ? 'GSM-7' : 'UCS-2', units: units, parts: parts };
  }
  function withMenu(field) {
    var shown = field.value, n = 0, message = field.closest('[data-message]');
    message.querySelectorAll('.button-slot').forEach(function (slot) {
      var title = slot.querySelector('input[name="btn.title"]').value;
      var item = slot.querySelector('input[name="btn.itemId"]').value;
      if (title.trim() === '' && item.trim() === '') { return; }
      shown += (shown === '' ? '' : '\n') + (++n) + '. ' + title;
    });
    return shown;
  }
  function fill(pattern, values) {
    return values.reduce(function (out, v, i) { return out.split('{' + i + '}').join(String(v)); }, pattern);
  }
  window.beaconCount = { sms: sms, septets: function (s) { return firstNotGsm(s) === null ? s.split('').reduce(function (n, c) { return n + septets(c); }, 0) : -1; } };
  var menus = {
    SMS: function (field, max) {
      var c = sms(withMenu(field));
      return { text: fill(field.getAttribute('data-format'), [c.units, c.encoding, c.parts, max]), over: c.parts > max };
    },
    USSD: function (field, max) {
      var shown = withMenu(field), bad = firstNotGsm(shown);
      if (bad !== null) { return { text: fill(field.getAttribute('data-format-bad'), [bad]), over: true }; }
      var n = window.beaconCount.septets(shown);
      return { text: fill(field.getAttribute('data-format'), [n, max]), over: n > max };
    }
  };
  var measures = { UTF16: function (s) { return s.length; } };
  function count(field) {
    var out = document.getElementById(field.getAttribute('aria-describedby'));
    var max = Number(field.getAttribute('data-max'));
    var menu = menus[field.getAttribute('data-count')];
    if (menu && out) {
      var cost = menu(field, max);
      out.textContent = cost.text;
      out.classList.toggle('over', cost.over);
      return;
    }
    var measure = measures[field.getAttribute('data-count')];
    if (!measure || !out) { return; }
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
  document.querySelectorAll('[data-menu-of]').forEach(function (field) {
    field.addEventListener('input', function () { count(document.getElementById(field.getAttribute('data-menu-of'))); });
  });
})();
