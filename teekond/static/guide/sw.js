/* Teekond's service worker: a newcomer's plan, and the spikker entries it links, open offline after one visit.

   Network first: a page is as fresh as the connection allows, and the kept copy is only the fallback.
   Only what a plan page asked to keep is stored (the plan, its entries, the static files they use);
   other pages pass through untouched. Served from /sw.js so that it may control every language. */
"use strict";

var CACHE = "teekond-guide-v1";
var GUIDE_OR_SPIKKER_OR_STATIC = /^\/[a-z]{2}\/(guide|spikker)\/|^\/static\//;

self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches
      .keys()
      .then(function (names) {
        var old = names.filter(function (name) {
          return name.indexOf("teekond-") === 0 && name !== CACHE;
        });
        return Promise.all(old.map(function (name) {
          return caches.delete(name);
        }));
      })
      .then(function () {
        return self.clients.claim();
      })
  );
});

function isOurs(address) {
  var url = new URL(address, self.location.href);
  return url.origin === self.location.origin && GUIDE_OR_SPIKKER_OR_STATIC.test(url.pathname);
}

function keepOne(cache, address) {
  return cache.match(address, { ignoreVary: true }).then(function (kept) {
    if (kept) {
      return true;
    }
    return fetch(address, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          return false;
        }
        return cache.put(address, response).then(function () {
          return true;
        });
      })
      .catch(function () {
        return false;
      });
  });
}

// The plan page sends its own address first, then its entries' and static files' addresses.
self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (data.type !== "keep" || !Array.isArray(data.urls)) {
    return;
  }
  var addresses = data.urls.filter(isOurs);
  var reply = event.ports && event.ports[0];
  event.waitUntil(
    caches
      .open(CACHE)
      .then(function (cache) {
        return Promise.all(addresses.map(function (address) {
          return keepOne(cache, address);
        }));
      })
      .then(function (kept) {
        if (reply) {
          reply.postMessage({ planKept: kept.length > 0 && kept[0] });
        }
      })
  );
});

function refreshIfKept(request, response) {
  var copy = response.clone();
  return caches.open(CACHE).then(function (cache) {
    return cache.match(request, { ignoreVary: true }).then(function (kept) {
      return kept ? cache.put(request, copy) : undefined;
    });
  });
}

function networkFirst(event) {
  var request = event.request;
  return fetch(request).then(
    function (response) {
      if (response.ok) {
        event.waitUntil(refreshIfKept(request, response));
      }
      return response;
    },
    function () {
      return caches.match(request, { ignoreVary: true }).then(function (kept) {
        return kept || Response.error();
      });
    }
  );
}

self.addEventListener("fetch", function (event) {
  if (event.request.method !== "GET" || !isOurs(event.request.url)) {
    return;
  }
  event.respondWith(networkFirst(event));
});
