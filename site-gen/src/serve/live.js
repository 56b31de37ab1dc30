// site-gen serve only (never part of a built site): reloads the page when a new build is
// ready, and shows the errors of a failed build over the last good page. No inline code or
// style, so the page's Content-Security-Policy stays as it is built.
(function () {
  'use strict';
  var script = document.currentScript;
  var pageBuild = script ? script.getAttribute('data-build') : null;
  var source = null;
  var overlay = null;

  function connect() {
    if (source) return;
    source = new EventSource('/__site-gen/events');
    source.onmessage = function (event) {
      var state = JSON.parse(event.data);
      if (state.build !== pageBuild) {
        location.reload();
      } else if (state.errors > 0) {
        fetch('/__site-gen/errors', { cache: 'no-store' })
          .then(function (r) { return r.json(); })
          .then(show, function () {});
      } else {
        hide();
      }
    };
  }

  function disconnect() {
    if (source) {
      source.close();
      source = null;
    }
  }

  // Browsers keep few connections open to one server: a hidden tab lets go of its own and
  // catches up when it is shown again.
  document.addEventListener('visibilitychange', function () {
    if (document.hidden) disconnect(); else connect();
  });

  function el(tag, style, text) {
    var e = document.createElement(tag);
    Object.assign(e.style, style || {});
    if (text) e.textContent = text;
    return e;
  }

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  function show(errors) {
    hide();
    overlay = el('div', {
      position: 'fixed', top: '0', left: '0', right: '0', bottom: '0', zIndex: '2147483647',
      overflow: 'auto', background: 'rgba(24, 24, 24, 0.96)', color: '#f4f4f4',
      font: '15px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
      padding: '1.5rem', textAlign: 'left', boxSizing: 'border-box'
    });
    overlay.id = 'site-gen-errors';
    overlay.setAttribute('role', 'alert');
    overlay.setAttribute('lang', 'en');
    overlay.setAttribute('dir', 'ltr');
    var close = el('button', {
      float: 'right', font: 'inherit', background: '#444', color: '#fff',
      border: '1px solid #888', borderRadius: '4px', padding: '0.2rem 0.7rem', cursor: 'pointer'
    }, 'Hide');
    close.addEventListener('click', hide);
    overlay.appendChild(close);
    overlay.appendChild(el('p', { margin: '0 0 1rem', fontWeight: 'bold', fontSize: '1.1em' },
      'The site has ' + errors.length + ' error(s). You are seeing the last good build; ' +
      'this page reloads when the files are fixed.'));
    errors.forEach(function (d) {
      var box = el('div', { borderLeft: '4px solid #ff6b6b', padding: '0.3rem 0.8rem', margin: '0 0 1rem' });
      box.appendChild(el('div', { color: '#ff8a8a', fontWeight: 'bold' }, 'error: ' + d.message));
      if (d.file) {
        var at = d.file + (d.line ? ':' + d.line + (d.column ? ':' + d.column : '') : '');
        box.appendChild(el('div', { color: '#9ecbff' }, at));
      }
      if (d.hint) box.appendChild(el('div', { color: '#d8d8d8' }, 'hint: ' + d.hint));
      overlay.appendChild(box);
    });
    document.body.appendChild(overlay);
  }

  connect();
})();
