// The checkout page's only script (the CSP allows no inline one). Without it the page still works.
document.addEventListener('DOMContentLoaded', function () {
  // 3-D Secure 2: what the bank may ask about the buyer's screen, posted with Pay
  var pay = document.getElementById('pay-form');
  if (pay) {
    pay.elements.colorDepth.value = String(window.screen.colorDepth || '');
    pay.elements.screenHeight.value = String(window.screen.height || '');
    pay.elements.screenWidth.value = String(window.screen.width || '');
    pay.elements.timeZoneOffset.value = String(new Date().getTimezoneOffset());
  }
  // a button marked data-once sends its form once: a double click pays once (the server holds the same rule)
  document.querySelectorAll('form').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (form.dataset.sent) { event.preventDefault(); return; }
      form.dataset.sent = 'true';
      form.querySelectorAll('button[data-once]').forEach(function (button) { button.setAttribute('aria-disabled', 'true'); });
    });
  });
  // the expiry typed as MMYY or MM/YY
  var expiry = document.getElementById('ED');
  if (expiry) {
    expiry.addEventListener('input', function () {
      var digits = expiry.value.replace(/[^0-9]/g, '').slice(0, 4);
      expiry.value = digits.length > 2 ? digits.slice(0, 2) + '/' + digits.slice(2) : digits;
    });
  }
  // the first field in error, else the page's error, gets the focus, so a screen reader reads it at once
  var invalid = document.querySelector('[aria-invalid="true"]');
  var error = document.getElementById('error');
  if (invalid) { invalid.focus(); } else if (error) { error.focus(); }
  // 3-D Secure: on to the bank's page
  var bank = document.querySelector('form[data-autosubmit]');
  if (bank) { bank.submit(); }
  // a payment being confirmed: look again in a few seconds
  var refresh = document.querySelector('[data-refresh]');
  if (refresh) {
    setTimeout(function () { window.location.assign(refresh.getAttribute('href')); },
      1000 * parseInt(refresh.dataset.refresh, 10));
  }
});
