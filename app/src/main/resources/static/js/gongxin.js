// Gongxin pages: the CSRF header for htmx requests, and drag-and-drop onto file inputs.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { event.detail.headers[header.content] = token.content; }
});
document.addEventListener('DOMContentLoaded', function () {
  // the console's "enter on a list" form posts to the chosen list
  document.querySelectorAll('select[data-list-type]').forEach(function (select) {
    select.addEventListener('change', function () {
      select.form.action = select.form.action.replace(/lists\/[A-Z_]+\/entries/, 'lists/' + select.value + '/entries');
    });
  });
  document.querySelectorAll('.dropzone').forEach(function (zone) {
    var input = zone.querySelector('input[type=file]');
    var name = zone.querySelector('.file-name');
    ['dragenter', 'dragover'].forEach(function (type) {
      zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.remove('over'); });
    });
    zone.addEventListener('drop', function (e) {
      if (e.dataTransfer.files.length) { input.files = e.dataTransfer.files; input.dispatchEvent(new Event('change')); }
    });
    input.addEventListener('change', function () { if (name) { name.textContent = input.files.length ? input.files[0].name : ''; } });
  });
});
