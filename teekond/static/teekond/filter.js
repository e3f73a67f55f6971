/* A filter field above each long checkbox list ([data-checkbox-filter]): typing hides the choices whose
   label does not contain the words typed; ticked choices always stay in view. Without this script the
   whole list is there to tick, so nothing depends on it. */
(function () {
  "use strict";

  function plain(text) {
    // Case and accents do not matter: "parnu" finds "Pärnu", "tallinn" finds "Tallinn".
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function addFilter(list, index) {
    var items = list.querySelector(".checkbox-list-items");
    var choices = Array.prototype.slice.call(items.querySelectorAll("label")).filter(function (label) {
      return label.querySelector("input[type=checkbox]");
    });
    var box = document.createElement("div");
    box.className = "checkbox-list-filter";
    var input = document.createElement("input");
    input.type = "search";
    input.id = "checkbox-filter-" + index;
    input.autocomplete = "off";
    var label = document.createElement("label");
    label.htmlFor = input.id;
    label.textContent = list.getAttribute("data-filter-label");
    var count = document.createElement("p");
    count.className = "checkbox-list-count";
    count.id = input.id + "-count";
    count.setAttribute("aria-live", "polite");
    input.setAttribute("aria-describedby", count.id);
    box.appendChild(label);
    box.appendChild(input);
    box.appendChild(count);
    items.parentNode.insertBefore(box, items);

    function apply() {
      var words = plain(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      choices.forEach(function (choice) {
        var text = plain(choice.textContent);
        var visible = choice.querySelector("input").checked || words.every(function (word) {
          return text.indexOf(word) !== -1;
        });
        (choice.parentNode.tagName === "DIV" ? choice.parentNode : choice).hidden = !visible;
        shown += visible ? 1 : 0;
      });
      count.textContent = list.getAttribute("data-filter-count")
        .replace("{shown}", shown).replace("{total}", choices.length);
    }

    input.addEventListener("input", apply);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault(); // Enter in the filter must not send the form
      }
    });
    apply();
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-checkbox-filter]"), addFilter);
})();
