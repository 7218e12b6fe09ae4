// Progressive enhancement for procedure steps (<ol class="steps"> of
// <details open>): a button that opens or closes every step at once, and
// every step opened before printing so a printout is never missing one.
// Without this script the steps are simply all open.
(function () {
  'use strict';
  var lists = document.querySelectorAll('ol.steps[data-open-all]');
  [].forEach.call(lists, function (list) {
    var steps = list.querySelectorAll('details');
    if (steps.length < 2) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'steps-toggle';
    var allOpen = function () {
      return [].every.call(steps, function (d) { return d.open; });
    };
    var label = function () {
      var open = allOpen();
      button.textContent = list.getAttribute(open ? 'data-close-all' : 'data-open-all');
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    };
    button.addEventListener('click', function () {
      var open = !allOpen();
      [].forEach.call(steps, function (d) { d.open = open; });
      label();
    });
    [].forEach.call(steps, function (d) { d.addEventListener('toggle', label); });
    list.parentNode.insertBefore(button, list);
    label();
  });
  var closed = [];
  window.addEventListener('beforeprint', function () {
    closed = [].filter.call(document.querySelectorAll('ol.steps details'), function (d) { return !d.open; });
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () {
    closed.forEach(function (d) { d.open = false; });
    closed = [];
  });
})();
