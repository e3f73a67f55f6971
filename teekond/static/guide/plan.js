/* The plan page: a checklist kept in this browser only, and the plan kept for use offline.
   Without JavaScript the plan is simply a list; nothing here is needed to read it. */
(function () {
  "use strict";

  var plan = document.querySelector("[data-plan]");
  if (!plan) {
    return;
  }

  // Ticks belong to the plan, whatever language it is read in, so the language prefix is left out.
  var storageKey = "teekond-plan:" + location.pathname.replace(/^\/[a-z]{2}\//, "/") + location.search;

  function readTicks() {
    try {
      return JSON.parse(localStorage.getItem(storageKey)) || [];
    } catch (error) {
      return [];
    }
  }

  function saveTicks() {
    var ticked = Array.prototype.map.call(plan.querySelectorAll(".step-done input:checked"), function (box) {
      return box.value;
    });
    try {
      localStorage.setItem(storageKey, JSON.stringify(ticked));
    } catch (error) {
      // Private windows may refuse storage: the ticks then last only while the page is open.
    }
  }

  function addCheckbox(item, ticked) {
    var key = item.getAttribute("data-step");
    var wrapper = document.createElement("div");
    wrapper.className = "step-done";
    var box = document.createElement("input");
    box.type = "checkbox";
    box.id = "done-" + key;
    box.value = key;
    box.checked = ticked.indexOf(key) !== -1;
    var label = document.createElement("label");
    label.htmlFor = box.id;
    label.id = box.id + "-label";
    label.textContent = plan.getAttribute("data-done-label");
    // The name read out is "Done" followed by the step's title, so each box says which step it ticks.
    box.setAttribute("aria-labelledby", label.id + " step-" + key + "-title");
    wrapper.appendChild(box);
    wrapper.appendChild(label);
    item.insertBefore(wrapper, item.firstChild);
    item.classList.toggle("is-done", box.checked);
    box.addEventListener("change", function () {
      item.classList.toggle("is-done", box.checked);
      saveTicks();
    });
  }

  var ticked = readTicks();
  Array.prototype.forEach.call(plan.querySelectorAll("li[data-step]"), function (item) {
    addCheckbox(item, ticked);
  });
  plan.classList.add("is-checklist");

  function addressesToKeep() {
    var here = location.pathname + location.search;
    var links = document.querySelectorAll("a[data-offline]");
    var assets = document.querySelectorAll("link[rel=stylesheet][href], script[src]");
    var addresses = [here];
    Array.prototype.forEach.call(links, function (link) {
      addresses.push(link.getAttribute("href"));
    });
    Array.prototype.forEach.call(assets, function (asset) {
      addresses.push(asset.getAttribute("href") || asset.getAttribute("src"));
    });
    return addresses;
  }

  function showKept() {
    var status = document.getElementById("offline-status");
    document.documentElement.setAttribute("data-offline-ready", "");
    if (status) {
      status.textContent = status.getAttribute("data-kept");
    }
  }

  function keepForOffline(registration) {
    var channel = new MessageChannel();
    channel.port1.onmessage = function (event) {
      if (event.data && event.data.planKept) {
        showKept();
      }
    };
    registration.active.postMessage({ type: "keep", urls: addressesToKeep() }, [channel.port2]);
  }

  if ("serviceWorker" in navigator) {
    navigator.serviceWorker
      .register("/sw.js", { scope: "/" })
      .then(function () {
        return navigator.serviceWorker.ready;
      })
      .then(keepForOffline)
      .catch(function () {
        // No offline copy (an old browser, a private window): the plan still works online.
      });
  }
})();
