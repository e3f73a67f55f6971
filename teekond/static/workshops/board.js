/* The live workshop board, without a build step.

   Every second it asks the JSON interface whether the board changed (GET …/board?since=VERSION, which answers
   at once). It asks with html=VIEW, so a changed board comes with this page's board drawn as HTML (by the same
   template as the first time, in the reader's language) and what changed for the live region; the drawing is
   swapped in, keeping focus, ticked boxes and half-typed text. Errors make it wait longer (up to 15 s); coming
   back online or to the tab asks again at once.
   Forms marked data-live are sent with fetch; their answer is announced in the page's live regions (refusals
   assertively), and the board is asked for at once. Without JavaScript every form still works, by a reload. */
(function () {
  "use strict";

  var root = document.querySelector("[data-workshop]");
  if (!root) {
    return;
  }
  var statusRegion = document.getElementById("board-status");
  var alertRegion = document.getElementById("board-alert");
  var token = root.getAttribute("data-token");
  var boardApi = root.getAttribute("data-board-api");
  var view = root.getAttribute("data-view");
  var language = root.getAttribute("data-language");
  var FAST = 1000;
  var SLOWEST = 15000;
  var delay = FAST;
  var pollTimer = null;
  var offline = false;

  function live() {
    return document.getElementById("board-live");
  }

  var generation = { "board-status": 0, "board-alert": 0 };

  function announce(region, text) {
    // Emptied first and filled a moment later, so that the same words said twice are announced twice.
    var mine = ++generation[region.id];
    region.textContent = "";
    window.setTimeout(function () {
      if (generation[region.id] === mine) {
        region.textContent = text;
      }
    }, 50);
  }

  function say(text) {
    if (text) {
      announce(statusRegion, text);
    }
  }

  function warn(text) {
    announce(alertRegion, text);
  }

  // Form state the reader is in the middle of: which control has focus and what differs from the page's defaults.

  function isDirty(control) {
    if (control.type === "checkbox" || control.type === "radio") {
      return control.checked !== control.defaultChecked;
    }
    if (control.tagName === "SELECT") {
      return Array.prototype.some.call(control.options, function (option) {
        return option.selected !== option.defaultSelected;
      });
    }
    return control.type !== "hidden" && control.value !== control.defaultValue;
  }

  function capture(container) {
    var state = { focus: null, values: {} };
    var active = document.activeElement;
    if (active && active.id && container.contains(active)) {
      state.focus = { id: active.id };
      try {
        state.focus.start = active.selectionStart;
        state.focus.end = active.selectionEnd;
      } catch (error) {
        // Buttons and checkboxes have no selection.
      }
    }
    Array.prototype.forEach.call(container.querySelectorAll("input[id], textarea[id], select[id]"), function (control) {
      if (isDirty(control)) {
        state.values[control.id] = { value: control.value, checked: control.checked };
      }
    });
    return state;
  }

  function restore(state) {
    Object.keys(state.values).forEach(function (id) {
      var control = document.getElementById(id);
      if (!control) {
        return;
      }
      if (control.type === "checkbox" || control.type === "radio") {
        control.checked = state.values[id].checked;
      } else {
        control.value = state.values[id].value;
      }
    });
    if (state.focus) {
      var target = document.getElementById(state.focus.id);
      if (target) {
        target.focus({ preventScroll: true });
        if (typeof state.focus.start === "number" && typeof target.setSelectionRange === "function") {
          try {
            target.setSelectionRange(state.focus.start, state.focus.end);
          } catch (error) {
            // Number fields refuse a selection.
          }
        }
      }
    }
  }

  // Drawing the board again

  function swapIn(html, quiet) {
    var holder = document.createElement("template");
    holder.innerHTML = html.trim();
    var fresh = holder.content.querySelector("#board-live");
    var old = live();
    // Answers may cross: an older board never replaces a newer one.
    if (!fresh || !old || Number(fresh.getAttribute("data-version")) <= Number(old.getAttribute("data-version"))) {
      return;
    }
    var state = capture(old);
    old.replaceWith(fresh);
    restore(state);
    tick();
    if (!quiet) {
      say(fresh.getAttribute("data-announce"));
    }
  }

  // Asking whether anything changed

  function schedule() {
    window.clearTimeout(pollTimer);
    pollTimer = window.setTimeout(poll, delay);
  }

  function connectionLost() {
    delay = Math.min(delay * 2, SLOWEST);
    if (!offline) {
      offline = true;
      say(root.getAttribute("data-lost"));
    }
  }

  function connectionBack() {
    delay = FAST;
    if (offline) {
      offline = false;
      say(root.getAttribute("data-back"));
    }
  }

  function ask(quiet) {
    var current = live();
    var params = new URLSearchParams({
      since: current.getAttribute("data-version"),
      html: view,
      lang: language,
      seen_notes: current.getAttribute("data-notes"),
      seen_phase: current.getAttribute("data-phase"),
    });
    if (current.getAttribute("data-focus")) {
      params.set("seen_focus", current.getAttribute("data-focus"));
    }
    return fetch(boardApi + "?" + params.toString(), {
      headers: { Authorization: "Bearer " + token, Accept: "application/json" },
      credentials: "same-origin",
      cache: "no-store",
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("board " + response.status);
        }
        return response.json();
      })
      .then(function (answer) {
        connectionBack();
        if (answer.html) {
          swapIn(answer.html, quiet);
        }
      });
  }

  function poll() {
    if (!token) {
      return; // a closed board changes no more
    }
    ask(false).catch(connectionLost).then(schedule);
  }

  window.addEventListener("online", function () {
    delay = FAST;
    poll();
  });
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") {
      delay = FAST;
      poll();
    }
  });

  // Sending forms

  function clearAfterSuccess(form) {
    var current = form.id ? document.getElementById(form.id) : null;
    if (!current) {
      return;
    }
    if (current.hasAttribute("data-reset")) {
      // form.elements includes the checkboxes that belong to the form from elsewhere (form="…").
      Array.prototype.forEach.call(current.elements, function (control) {
        if (control.type === "checkbox") {
          control.checked = false;
        } else if (control.type === "text" || control.tagName === "TEXTAREA") {
          control.value = "";
        } else if (control.tagName === "SELECT") {
          control.selectedIndex = 0;
        }
      });
    }
    var clear = current.getAttribute("data-clear");
    if (clear && document.getElementById(clear)) {
      document.getElementById(clear).value = "";
    }
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute("data-live")) {
      return;
    }
    event.preventDefault();
    var data = new FormData(form);
    if (event.submitter && event.submitter.name) {
      data.append(event.submitter.name, event.submitter.value);
    }
    // getAttribute: a control named "action" would shadow form.action.
    fetch(form.getAttribute("action"), {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then(function (response) {
        return response.json().then(function (answer) {
          return { ok: response.ok, answer: answer };
        });
      })
      .then(function (result) {
        if (result.ok) {
          generation[alertRegion.id] += 1;
          alertRegion.textContent = "";
          clearAfterSuccess(form);
          say(result.answer.message);
        } else {
          warn(result.answer.error || root.getAttribute("data-failed"));
        }
        // Quiet: the answer already said what this screen did; "1 new note" about one's own note is noise.
        return ask(true);
      })
      .catch(function () {
        warn(root.getAttribute("data-failed"));
      });
  });

  // The timer: counted down here from the time the server gave, and said once when it runs out.

  var spokenFor = null;

  function tick() {
    var timer = live().querySelector("[data-ends-at]");
    if (!timer) {
      return;
    }
    var endsAt = timer.getAttribute("data-ends-at");
    var left = Math.max(0, Math.round((Date.parse(endsAt) - Date.now()) / 1000));
    var minutes = Math.floor(left / 60);
    var seconds = left % 60;
    timer.querySelector(".timer-value").textContent = minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
    timer.classList.toggle("is-up", left === 0);
    if (left === 0 && spokenFor !== endsAt) {
      spokenFor = endsAt;
      say(root.getAttribute("data-time-up"));
    }
  }

  var firstTimer = live().querySelector("[data-ends-at]");
  if (firstTimer && Date.parse(firstTimer.getAttribute("data-ends-at")) <= Date.now()) {
    spokenFor = firstTimer.getAttribute("data-ends-at"); // ran out before this page opened: nothing to say
  }
  tick();
  window.setInterval(tick, 1000);
  schedule();
})();
