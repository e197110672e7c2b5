// The class view refreshes its live part (the learners and the grid) without reloading the page.
(function () {
  "use strict";
  var live = document.getElementById("live");
  var state = document.getElementById("state");
  var seconds = Math.max(2, parseInt(live.getAttribute("data-refresh"), 10) || 30);
  var xsrf = live.getAttribute("data-xsrf") || "";
  function update() {
    fetch("fragment", {credentials: "same-origin", cache: "no-store", redirect: "manual",
                       headers: {"X-XSRFToken": xsrf}})
      .then(function (reply) {
        if (reply.status !== 200) { window.location.reload(); return null; }  // logged out: log in again
        return reply.text();
      })
      .then(function (text) {
        if (text === null) { return; }
        live.innerHTML = text;  // the server escaped every learner's text
        state.textContent = "live, updated " + new Date().toLocaleTimeString();
      })
      .catch(function () { state.textContent = "could not reach the hub; trying again"; });
  }
  window.setInterval(update, seconds * 1000);
}());
