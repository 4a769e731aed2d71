// Downloads that take a while to make (PDF reports): instead of a page that seems to do nothing, say that the file
// is being prepared, fetch it, and say when it is ready. Without JavaScript the link is an ordinary link.
(function () {
  'use strict';
  function fileName(response, href) {
    var disposition = response.headers.get('Content-Disposition') || '';
    var match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
    return match ? decodeURIComponent(match[1]) : href.split('/').pop().split('?')[0];
  }
  function status(link) {
    var next = link.nextElementSibling;
    if (next && next.classList.contains('slow-status')) { return next; }
    var span = document.createElement('span');
    span.className = 'slow-status';
    span.setAttribute('role', 'status');
    link.insertAdjacentElement('afterend', span);
    return span;
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[data-slow]');
    if (!link || !window.fetch || !window.URL || event.ctrlKey || event.metaKey || event.shiftKey) { return; }
    event.preventDefault();
    var shown = status(link);
    if (link.getAttribute('aria-busy') === 'true') { return; }
    link.setAttribute('aria-busy', 'true');
    shown.textContent = link.getAttribute('data-slow');
    fetch(link.href, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.blob().then(function (blob) { return { blob: blob, name: fileName(response, link.href) }; });
    }).then(function (file) {
      var url = URL.createObjectURL(file.blob);
      var save = document.createElement('a');
      save.href = url;
      save.download = file.name;
      document.body.appendChild(save);
      save.click();
      save.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
      shown.textContent = link.getAttribute('data-done');
    }).catch(function () {
      window.location.href = link.href; // the server's own answer (an error page says what went wrong)
    }).then(function () { link.removeAttribute('aria-busy'); });
  });
}());
