// Bootstraps the embedded GraphiQL (ours, not from npm).
//
// The page holds no inline script: its configuration comes from the JSON in
// <script id="graphiql-config" type="application/json">, written by the Go
// handler with html/template. React, ReactDOM and GraphiQL are the UMD globals
// loaded by the script tags before this one.
(function () {
  'use strict';

  var root = document.getElementById('graphiql');
  var cfg;
  try {
    cfg = JSON.parse(document.getElementById('graphiql-config').textContent);
  } catch (err) {
    root.textContent = 'GraphiQL: unreadable configuration: ' + err;
    throw err;
  }
  if (typeof window.GraphiQL !== 'function' || !window.React || !window.ReactDOM) {
    root.textContent = 'GraphiQL: the embedded scripts did not load.';
    return;
  }

  // Relative endpoints are resolved against the page; subscriptions need a
  // ws:// or wss:// URL on the same host (graphql-transport-ws, via the
  // graphql-ws client that is bundled in graphiql.min.js).
  function absolute(path) {
    return new URL(path, window.location.href);
  }
  function wsURL(path) {
    var u = absolute(path);
    if (u.protocol === 'http:') {
      u.protocol = 'ws:';
    } else if (u.protocol === 'https:') {
      u.protocol = 'wss:';
    }
    return u.href;
  }

  // GraphiQL 3 fills its editors on a first visit from the first default
  // tab's query but not from its variables; and on later visits it reopens
  // the saved tab matching the query and variables it kept in localStorage
  // (keys "graphiql:*"), adding a new tab when none matches. So on a first
  // visit, store the first tab's query and variables where GraphiQL looks.
  function seedFirstTab(tab, props) {
    try {
      var storage = window.localStorage;
      if (storage.getItem('graphiql:tabState') === null) {
        storage.setItem('graphiql:query', tab.query || '');
        storage.setItem('graphiql:variables', tab.variables || '');
      }
    } catch (err) {
      // No localStorage: nothing persists, so the props are enough.
      props.variables = tab.variables || '';
    }
  }

  var fetcherOptions = { url: absolute(cfg.endpoint).href };
  if (cfg.subscriptionEndpoint) {
    fetcherOptions.subscriptionUrl = wsURL(cfg.subscriptionEndpoint);
  }

  var props = {
    fetcher: window.GraphiQL.createFetcher(fetcherOptions),
    isHeadersEditorEnabled: !!cfg.headerEditorEnabled,
    // Headers often carry tokens: keep them out of localStorage.
    shouldPersistHeaders: false,
  };
  if (cfg.tabs && cfg.tabs.length) {
    // Only used when the browser has no saved GraphiQL tabs for this origin.
    props.defaultTabs = cfg.tabs;
    seedFirstTab(cfg.tabs[0], props);
  }

  var children = cfg.title
    ? window.React.createElement(window.GraphiQL.Logo, null, cfg.title)
    : null;
  window.ReactDOM.createRoot(root).render(
    window.React.createElement(window.GraphiQL, props, children)
  );
})();
