// Search over the index in search/index.js (a script, not fetched, so it works from file://).
(function () {
  "use strict";
  var index = window.REPORTSITE_INDEX;
  var box = document.getElementById("search-results");
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  if (!index || !box || !input) return;
  var root = box.getAttribute("data-root") || "";

  // Lower case, no diacritics, đ → d: "Thành phố Huế" → "thanh pho hue".
  function fold(s) {
    return s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/\s+/g, " ").trim();
  }
  var items = [];
  function add(type, title, sub, href, extra) {
    items.push({ type: type, title: title, sub: sub, href: href, key: fold(title + " " + (extra || "")) });
  }
  index.p.forEach(function (p) { add("province", p[1], "", root + "provinces/" + p[0] + "/index.html", p[0]); });
  index.u.forEach(function (u) {
    var p = index.p[u[3]];
    add("unit", u[1], index.k[u[2]] + (p ? " · " + p[1] : ""), root + "units/" + u[0] + "/index.html", "");
  });
  index.d.forEach(function (d) { add("directive", d[1], d[2], root + "directives/" + d[0] + "/index.html", d[2]); });
  index.r.forEach(function (r) { add("report", r[1], "", root + "reports/" + r[0] + "/index.html", ""); });
  index.g.forEach(function (g) { add("page", g[1], "", root + "pages/" + g[0] + "/index.html", ""); });

  // Counts the way the page's language writes them (vi: 1.234).
  function count(n) { return n.toLocaleString(document.documentElement.lang || undefined); }

  var order = ["province", "unit", "directive", "report", "page"];
  var limit = 50;

  function search(q) {
    var words = fold(q).split(" ").filter(Boolean);
    box.textContent = "";
    if (!words.length) { status.textContent = ""; return; }
    var groups = {};
    var total = 0;
    items.forEach(function (it) {
      for (var i = 0; i < words.length; i++) { if (it.key.indexOf(words[i]) < 0) return; }
      (groups[it.type] = groups[it.type] || []).push(it);
      total++;
    });
    if (!total) { status.textContent = box.getAttribute("data-none"); return; }
    status.textContent = box.getAttribute("data-count").replace("{n}", count(total));
    order.forEach(function (type) {
      var list = groups[type];
      if (!list) return;
      var h = document.createElement("h2");
      h.textContent = box.getAttribute("data-label-" + type) + " (" + count(list.length) + ")";
      box.appendChild(h);
      var ul = document.createElement("ul");
      list.slice(0, limit).forEach(function (it) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = it.href;
        a.textContent = it.title;
        li.appendChild(a);
        if (it.sub) {
          var s = document.createElement("span");
          s.className = "meta";
          s.textContent = " – " + it.sub;
          li.appendChild(s);
        }
        ul.appendChild(li);
      });
      if (list.length > limit) {
        var more = document.createElement("li");
        more.className = "meta";
        more.textContent = box.getAttribute("data-more").replace("{n}", count(list.length - limit));
        ul.appendChild(more);
      }
      box.appendChild(ul);
    });
  }

  var params = new URLSearchParams(window.location.search);
  var q = params.get("q") || "";
  input.value = q;
  search(q);
  var timer;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { search(input.value); }, 120);
  });
  var form = input.form;
  if (form) form.addEventListener("submit", function (e) { e.preventDefault(); search(input.value); });
})();
