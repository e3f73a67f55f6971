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
    var title = item.querySelector("h3");
    if (title) {
      title.id = "step-" + key + "-title";
    }
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

  // "I got stuck here": each step gets its own; opened, it brings in the plan's one "I got stuck here" form
  // (from the page the plan links to, read once) with that step chosen and its ids named after the step.
  var stuckLink = document.querySelector("#stuck a");
  var stuckForm = null;
  var stuckFormAsked = null;

  function askStuckForm() {
    if (!stuckFormAsked) {
      stuckFormAsked = fetch(stuckLink.href, { credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) {
            throw new Error(response.status);
          }
          return response.text();
        })
        .then(function (html) {
          var page = new DOMParser().parseFromString(html, "text/html");
          stuckForm = document.importNode(page.getElementById("stuck-form"), true);
          stuckForm.querySelector(".stuck-step").hidden = true;
          return stuckForm;
        });
      stuckFormAsked.catch(function () {
        stuckFormAsked = null; // offline, say: the next opening asks again, and the link stays
      });
    }
    return stuckFormAsked;
  }

  function renameStuckIds(prefix) {
    var text = stuckForm.querySelector("textarea");
    var help = stuckForm.querySelector(".help");
    text.id = prefix + "-text";
    help.id = prefix + "-help";
    text.setAttribute("aria-describedby", help.id);
    stuckForm.querySelector("input[name=website]").id = prefix + "-website";
    Array.prototype.forEach.call(stuckForm.querySelectorAll("label"), function (label) {
      var control = label.parentNode.querySelector("textarea, input[type=text]");
      if (control) {
        label.htmlFor = control.id;
      }
    });
  }

  function bringStuckForm(details, key) {
    var holder = stuckForm.parentNode;
    if (holder && holder !== details && holder.tagName === "DETAILS") {
      holder.open = false;
    }
    stuckForm.querySelector("select[name=step]").value = key;
    renameStuckIds(details.id);
    details.appendChild(stuckForm);
  }

  function addStuck(item) {
    var key = item.getAttribute("data-step");
    var details = document.createElement("details");
    details.className = "stuck";
    details.id = "stuck-" + key;
    var summary = document.createElement("summary");
    summary.textContent = plan.getAttribute("data-stuck-label");
    var fallback = document.createElement("p");
    fallback.appendChild(stuckLink.cloneNode(true));
    details.appendChild(summary);
    details.appendChild(fallback);
    details.addEventListener("toggle", function () {
      if (details.open) {
        askStuckForm().then(function () {
          fallback.hidden = true;
          bringStuckForm(details, key);
        });
      }
    });
    item.appendChild(details);
  }

  if (stuckLink) {
    Array.prototype.forEach.call(plan.querySelectorAll("li[data-step]"), addStuck);
  }

  // A printed plan shows where each rule's link leads.
  Array.prototype.forEach.call(document.querySelectorAll(".plan-rules a"), function (link) {
    link.setAttribute("data-print-address", link.href);
  });

  function addressesToKeep() {
    var here = location.pathname + location.search;
    var links = document.querySelectorAll(".plan-rules a");
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
