// Live reload for motcua serve (see doc.go): reloads this page when its
// output changes, swaps stylesheets when only they changed, and shows the
// problems of a failed build over the page. Text from the site is only
// ever set with textContent.
(function () {
  "use strict";
  var me = document.currentScript;
  if (!me || !window.EventSource) {
    return;
  }
  var page = me.getAttribute("data-page") || "";
  var base = me.getAttribute("data-base") || "/";
  var version = me.getAttribute("data-v") || "0";
  var session = me.getAttribute("data-s") || "";
  var missing = me.hasAttribute("data-missing");
  var overlay = null;

  function connect() {
    var url = "/__motcua/events?page=" + encodeURIComponent(page) +
      "&v=" + encodeURIComponent(version) + "&s=" + encodeURIComponent(session);
    var events = new EventSource(url);
    events.addEventListener("reload", function () {
      location.reload();
    });
    events.addEventListener("change", function (e) {
      var change = JSON.parse(e.data);
      version = String(change.v);
      var paths = change.paths || [];
      var mine = change.all || page === "" || paths.indexOf(page) >= 0 ||
        (missing && paths.indexOf("404.html") >= 0);
      if (change.cssOnly) {
        swapStyles(change.styles || {}, paths);
        return;
      }
      if (mine) {
        location.reload();
      }
    });
    events.addEventListener("problems", function (e) {
      show(JSON.parse(e.data));
    });
    events.addEventListener("ok", hide);
  }

  // outputPath turns a link's URL into the output path it names.
  function outputPath(href) {
    var path = new URL(href, location.href).pathname;
    if (path.indexOf(base) !== 0) {
      return null;
    }
    try {
      return decodeURIComponent(path.slice(base.length));
    } catch (err) {
      return null;
    }
  }

  function swapStyles(styles, paths) {
    var links = document.querySelectorAll('link[rel~="stylesheet"]');
    for (var i = 0; i < links.length; i++) {
      var link = links[i];
      var current = outputPath(link.href);
      if (current === null) {
        continue;
      }
      var url = new URL(link.href, location.href);
      if (styles[current]) {
        url.pathname = base + styles[current];
      } else if (paths.indexOf(current) >= 0) {
        url.searchParams.set("motcua", version);
      } else {
        continue;
      }
      // The new sheet loads before the old one goes, so the page never
      // shows unstyled.
      var fresh = link.cloneNode();
      fresh.href = url.href;
      fresh.addEventListener("load", removeLater(link));
      fresh.addEventListener("error", removeLater(link));
      link.parentNode.insertBefore(fresh, link.nextSibling);
    }
  }

  function removeLater(link) {
    return function () {
      if (link.parentNode) {
        link.parentNode.removeChild(link);
      }
    };
  }

  function show(problems) {
    hide();
    var host = document.createElement("div");
    host.id = "motcua-problems";
    var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
    var style = document.createElement("style");
    style.textContent =
      ".box{position:fixed;left:0;right:0;top:0;max-height:70vh;overflow:auto;z-index:2147483647;" +
      "background:#3b0d0c;color:#fff;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;" +
      "padding:16px 20px;box-shadow:0 4px 16px rgba(0,0,0,.4)}" +
      "h2{font:bold 16px/1.4 system-ui,sans-serif;margin:0 40px 8px 0}" +
      "ul{margin:0;padding:0;list-style:none}li{white-space:pre-wrap;padding:4px 0;border-top:1px solid #6b2422}" +
      "button{position:absolute;right:12px;top:10px;background:none;border:1px solid #fff;color:#fff;" +
      "font:14px system-ui,sans-serif;padding:2px 10px;cursor:pointer}";
    var box = document.createElement("div");
    box.className = "box";
    box.setAttribute("role", "alert");
    var title = document.createElement("h2");
    title.textContent = problems.title;
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = problems.close;
    close.addEventListener("click", hide);
    var list = document.createElement("ul");
    var items = problems.items || [];
    for (var i = 0; i < items.length; i++) {
      var item = document.createElement("li");
      item.textContent = items[i];
      list.appendChild(item);
    }
    box.appendChild(close);
    box.appendChild(title);
    box.appendChild(list);
    root.appendChild(style);
    root.appendChild(box);
    document.documentElement.appendChild(host);
    overlay = host;
  }

  function hide() {
    if (overlay && overlay.parentNode) {
      overlay.parentNode.removeChild(overlay);
    }
    overlay = null;
  }

  connect();
})();
