// sagt: small progressive enhancements (the pages work without JavaScript).
(function () {
  "use strict";
  // Article page: hovering a statement in the list lights up its spans in the text, and back.
  function setActive(idx, on) {
    document.querySelectorAll('[data-st="' + idx + '"]').forEach(function (el) {
      el.classList.toggle("active", on);
    });
  }
  document.addEventListener("mouseover", function (e) {
    var el = e.target.closest && e.target.closest("[data-st]");
    if (el) setActive(el.getAttribute("data-st"), true);
  });
  document.addEventListener("mouseout", function (e) {
    var el = e.target.closest && e.target.closest("[data-st]");
    if (el) setActive(el.getAttribute("data-st"), false);
  });
  // Filter forms: changing a select applies the filter at once.
  document.querySelectorAll("form.filters select").forEach(function (sel) {
    sel.addEventListener("change", function () { sel.form.submit(); });
  });
  // Paste page: a chosen file's name replaces the placeholder so the user sees what will be sent.
  var file = document.querySelector('.paste input[type="file"]');
  if (file) {
    file.addEventListener("change", function () {
      var ta = document.querySelector(".paste textarea");
      if (file.files.length && ta && !ta.value) ta.placeholder = "Filen " + file.files[0].name + " skickas.";
    });
  }
})();
