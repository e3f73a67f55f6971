/* The live workshop board: what htmx does not do.

   htmx keeps the board live (see _board.html): #board-live asks the page's own address for the board every
   second (`hx-get`, `hx-trigger="every 1s"`; nothing comes back while the board is unchanged), the forms on it
   are sent with `hx-post` and answered with the board drawn afresh, and `hx-sync` keeps a poll's late answer
   from replacing a form's. htmx swaps the board in and keeps the focus; this script adds the rest:
   - it keeps what the reader was in the middle of (ticked boxes, half-typed text, a chosen option) across a swap,
     and empties the form that was just sent;
   - it says in the live regions what the swapped-in board announces (`data-announce`), a refusal (assertively),
     and when the connection is lost and back;
   - it counts the timer down. Without JavaScript every form still works, by a reload. */
(function () {
  "use strict";

  var root = document.querySelector("[data-workshop]");
  if (!root) {
    return;
  }
  var statusRegion = document.getElementById("board-status");
  var alertRegion = document.getElementById("board-alert");
  var generation = { "board-status": 0, "board-alert": 0 };
  var offline = false;
  var kept = null;

  function live() {
    return document.getElementById("board-live");
  }

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

  function sender(detail) {
    // The element whose request it was (htmx fires htmx:beforeSwap on the target, not on the sender).
    return detail.requestConfig ? detail.requestConfig.elt : detail.elt;
  }

  function isPoll(detail) {
    return sender(detail).id === "board-live";
  }

  // What the reader is in the middle of: the controls whose value differs from the page's default.

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
    var values = {};
    Array.prototype.forEach.call(container.querySelectorAll("input[id], textarea[id], select[id]"), function (control) {
      if (isDirty(control)) {
        values[control.id] = { value: control.value, checked: control.checked };
      }
    });
    var active = document.activeElement;
    var selection = active && active.id && values[active.id] ? { id: active.id } : null;
    if (selection) {
      try {
        selection.start = active.selectionStart;
        selection.end = active.selectionEnd;
      } catch (error) {
        // Checkboxes and selects have no selection.
      }
    }
    return { values: values, selection: selection };
  }

  function restore(state) {
    Object.keys(state.values).forEach(function (id) {
      var control = document.getElementById(id);
      if (control && (control.type === "checkbox" || control.type === "radio")) {
        control.checked = state.values[id].checked;
      } else if (control) {
        control.value = state.values[id].value;
      }
    });
    var selection = state.selection; // htmx put the focus back; a restored value moved the caret, put it back too
    var control = selection && document.getElementById(selection.id);
    if (control && typeof selection.start === "number" && typeof control.setSelectionRange === "function") {
      try {
        control.setSelectionRange(selection.start, selection.end);
      } catch (error) {
        // Number fields refuse a selection.
      }
    }
  }

  function emptySent(form) {
    if (form.hasAttribute("data-reset")) {
      form.reset(); // with the boxes ticked on the board for it (form="…")
    }
    var clear = form.getAttribute("data-clear");
    if (clear && document.getElementById(clear)) {
      document.getElementById(clear).value = "";
    }
  }

  document.addEventListener("htmx:beforeSwap", function (event) {
    var detail = event.detail;
    if (!detail.shouldSwap || !live()) {
      return;
    }
    if (!isPoll(detail)) {
      generation[alertRegion.id] += 1;
      alertRegion.textContent = "";
      emptySent(sender(detail));
    }
    kept = capture(live());
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.target.id !== "board-live" || !kept) {
      return;
    }
    restore(kept);
    kept = null;
    tick();
    say(event.target.getAttribute("data-announce"));
  });

  // Refusals, and the connection

  document.addEventListener("htmx:responseError", function (event) {
    if (isPoll(event.detail)) {
      connectionLost();
    } else {
      announce(alertRegion, event.detail.xhr.responseText || root.getAttribute("data-failed"));
    }
  });

  document.addEventListener("htmx:sendError", function (event) {
    if (isPoll(event.detail)) {
      connectionLost();
    } else {
      announce(alertRegion, root.getAttribute("data-failed"));
    }
  });

  document.addEventListener("htmx:afterRequest", function (event) {
    if (event.detail.successful && offline) {
      offline = false;
      say(root.getAttribute("data-back"));
    }
  });

  function connectionLost() {
    if (!offline) {
      offline = true;
      say(root.getAttribute("data-lost"));
    }
  }

  // The timer: counted down here from the time the server gave, and said once when it runs out.

  var spokenFor = null;

  function tick() {
    var timer = live() && live().querySelector("[data-ends-at]");
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

  var firstTimer = live() && live().querySelector("[data-ends-at]");
  if (firstTimer && Date.parse(firstTimer.getAttribute("data-ends-at")) <= Date.now()) {
    spokenFor = firstTimer.getAttribute("data-ends-at"); // ran out before this page opened: nothing to say
  }
  tick();
  window.setInterval(tick, 1000);
})();
