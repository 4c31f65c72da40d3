// What each page does outside the app itself. Loaded by every page, as a plain script before
// the app's loader, so that it listens before the loader can fail. (Tabs follow each other's
// saves inside the app, without reloading.)

// The rule sets a host publishes beside the app (rule-sets.json): asked for at once, beside the
// app's own files; the app reads the answer before it starts (src/ui/hosted.rs). No file, or no
// network, is normal: the answer is then null.
(() => {
  const script = document.currentScript;
  const url = new URL('rule-sets.json', script ? script.src : document.baseURI);
  window.ntmHostedRuleSets = fetch(url, { cache: 'no-cache' })
    .then((response) => (response.ok ? response.text() : null))
    .catch(() => null);
})();

// Offline: registers the service worker (data-sw gives its path relative to the page), and
// says when a new version is ready. It registers once the page has loaded: on a first visit
// its install step downloads every page's files, which must not compete with this page's own.
(() => {
  const script = document.currentScript;
  if (!('serviceWorker' in navigator) || !script) return;
  const swUrl = new URL(script.dataset.sw, document.baseURI);
  const scope = new URL('./', swUrl);
  // Reload only when the person chose the new version, never behind their back (the first
  // install also changes the controller).
  let asked = false;

  function offerReload(worker) {
    if (document.getElementById('ntm-update')) return;
    const vi = document.documentElement.lang !== 'en';
    const bar = document.createElement('div');
    bar.id = 'ntm-update';
    bar.className = 'update-bar';
    bar.setAttribute('role', 'status');
    bar.setAttribute('data-testid', 'update-ready');
    const text = document.createElement('span');
    text.textContent = vi ? 'Đã có phiên bản mới của ứng dụng.' : 'A new version of the app is ready.';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = vi ? 'Tải lại' : 'Reload';
    button.addEventListener('click', () => {
      asked = true;
      worker.postMessage('skip-waiting');
    });
    bar.append(text, ' ', button);
    document.body.append(bar);
  }

  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (asked) {
      asked = false;
      location.reload();
    }
  });

  // A page no version controlled when it loaded came from the network: it is already the
  // newest, so it is never offered a reload (a worker installed during a first visit can even
  // report 'installed' after it has claimed the page).
  const loadedFromWorker = !!navigator.serviceWorker.controller;
  const register = () => navigator.serviceWorker.register(swUrl.href, { scope: scope.href }).then((registration) => {
    if (!loadedFromWorker) return;
    // A version already installed and waiting behind the running one.
    if (registration.waiting) offerReload(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const incoming = registration.installing;
      if (!incoming) return;
      incoming.addEventListener('statechange', () => {
        if (incoming.state === 'installed') offerReload(incoming);
      });
    });
  }).catch(() => {});
  if (document.readyState === 'complete') register();
  else addEventListener('load', register);
})();

// A page that cannot start (no WebAssembly, the app's files blocked, damaged or missing on a
// first visit offline) says so and what to do, instead of staying blank. This runs before the
// loader, so its failure is never missed.
(() => {
  function failed() {
    if (document.getElementById('main') || document.getElementById('ntm-failed')) return;
    if (!document.body) {
      document.addEventListener('DOMContentLoaded', failed);
      return;
    }
    const vi = document.documentElement.lang !== 'en';
    const note = document.createElement('p');
    note.id = 'ntm-failed';
    note.className = 'fallback';
    note.setAttribute('role', 'alert');
    note.setAttribute('data-testid', 'load-failed');
    note.textContent = vi
      ? 'Không mở được ứng dụng: tệp của ứng dụng không tải được, hoặc trình duyệt không hỗ trợ WebAssembly. Hãy kiểm tra kết nối mạng rồi tải lại trang, hoặc dùng Chrome, Edge, Firefox, Safari bản mới.'
      : 'The app could not start: its files did not load, or this browser lacks WebAssembly. Check the connection and reload, or use a recent Chrome, Edge, Firefox or Safari.';
    document.body.prepend(note);
  }
  if (typeof WebAssembly !== 'object') {
    failed();
    return;
  }
  // A script of the app that does not load (errors of elements do not bubble: listen while
  // they go down), an error while it starts, or the loader's promise rejected.
  window.addEventListener('error', (event) => {
    const target = event.target;
    if (target === window || target instanceof HTMLScriptElement) failed();
  }, true);
  window.addEventListener('unhandledrejection', failed);
  // The loader's own word (scripts/pin-inline-scripts): WebKit reports its rejection neither way.
  window.addEventListener('ntm-start-failed', failed);
  // A last resort for a start that neither finishes nor fails.
  window.addEventListener('load', () => setTimeout(failed, 15000));
})();
