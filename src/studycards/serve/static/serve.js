// studycards serve: dropping files, the progress bar, the tick counter and the quiz frame.
// The page works without it (plain forms); this only makes it friendlier.
(function () {
  "use strict";

  function $(selector, root) { return (root || document).querySelector(selector); }
  function $all(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }

  // --- the upload form -----------------------------------------------------------------------------
  function megabytes(bytes) { return (bytes / 1048576).toFixed(bytes < 1048576 ? 2 : 1); }

  function setUpUpload(form) {
    var input = $("input[type=file]", form), drop = $(".drop", form), chosen = $(".chosen", form);
    var hint = $(".hint", form), button = $("button[type=submit]", form);
    var limit = Number(form.dataset.maxBytes);

    function show() {
      var files = Array.prototype.slice.call(input.files);
      chosen.textContent = files.length ? "已选择：" + files.map(function (f) { return f.name; }).join("、") : "";
      hint.textContent = "";
    }
    input.addEventListener("change", show);
    ["dragenter", "dragover"].forEach(function (name) {
      drop.addEventListener(name, function (event) { event.preventDefault(); drop.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      drop.addEventListener(name, function () { drop.classList.remove("over"); });
    });
    drop.addEventListener("drop", function (event) {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length) {
        input.files = event.dataTransfer.files;
        show();
      }
    });
    form.addEventListener("submit", function (event) {
      var size = Array.prototype.reduce.call(input.files, function (sum, f) { return sum + f.size; }, 0);
      var text = $("textarea", form).value.trim();
      if (!input.files.length && !text) {
        event.preventDefault();
        hint.textContent = "请先选择文件，或粘贴文字。";
      } else if (size > limit) {
        event.preventDefault();
        hint.textContent = "文件合计 " + megabytes(size) + " MB，超过了 " + megabytes(limit) + " MB 的上限：请分几次上传。";
      } else {
        button.disabled = true;
        hint.textContent = "正在上传……";
      }
    });
  }

  // --- the progress page ---------------------------------------------------------------------------
  function poll(box) {
    var bar = $("#bar"), done = $("#done"), current = $("#current");
    function tick() {
      fetch(box.dataset.progress, { credentials: "same-origin", cache: "no-store" })
        .then(function (response) { return response.json(); })
        .then(function (state) {
          if (state.state === "done" || state.state === "failed" || state.state === "gone") {
            window.location.reload();
            return;
          }
          bar.value = state.done;
          done.textContent = state.done;
          current.textContent = state.current && state.done < state.total ? "　正在读：" + state.current : "";
          setTimeout(tick, 400);
        })
        .catch(function () { setTimeout(tick, 1500); });
    }
    setTimeout(tick, 300);
  }

  // --- the result page -----------------------------------------------------------------------------
  function setUpPicking(form) {
    var boxes = $all("input[name=keep]", form), counter = $("#ticked-cards");

    function count() {
      var cards = 0;
      boxes.forEach(function (box) {
        box.closest(".note").classList.toggle("off", !box.checked);
        if (box.checked) cards += Number(box.dataset.cards);
      });
      counter.textContent = cards;
      $all(".group", form).forEach(function (group) {
        var toggle = $(".toggle-group", group);
        var any = $all("input[name=keep]", group).some(function (box) { return box.checked; });
        toggle.hidden = false;
        toggle.textContent = any ? "本节全不选" : "本节全选";
      });
      return cards;
    }
    form.addEventListener("change", count);
    $all(".toggle-group", form).forEach(function (toggle) {
      toggle.addEventListener("click", function () {
        var group = toggle.closest(".group"), groupBoxes = $all("input[name=keep]", group);
        var any = groupBoxes.some(function (box) { return box.checked; });
        groupBoxes.forEach(function (box) { box.checked = !any; });
        count();
      });
    });
    form.addEventListener("submit", function (event) {
      if (count() === 0) {
        event.preventDefault();
        window.alert("没有勾选任何卡片：请至少勾选一张。");
      }
    });

    // The quiz scrolls inside a frame as tall as the screen (under the pinned toolbar on a desktop): its
    // own pinned bar (score, 检查答案, 只练错题) then stays in view at any scroll position.
    var frame = $("#quiz-frame"), toolbar = $(".toolbar", form);
    function fit() {
      var pinned = getComputedStyle(toolbar).position === "sticky" ? toolbar.offsetHeight : 0;
      frame.style.height = Math.max(320, window.innerHeight - pinned - 24) + "px";
      frame.style.scrollMarginTop = (pinned + 12) + "px";
    }
    $(".take", form).addEventListener("click", function () {
      frame.hidden = false;
      fit();
    });
    window.addEventListener("resize", function () { if (!frame.hidden) fit(); });
    frame.addEventListener("load", function () {
      if (frame.hidden) return;
      fit();
      frame.scrollIntoView({ block: "start" });
    });
    count();
  }

  // A file dropped beside the drop zone would make the browser open it and leave the page.
  ["dragover", "drop"].forEach(function (name) {
    document.addEventListener(name, function (event) {
      if (!event.target.closest || !event.target.closest(".drop")) event.preventDefault();
    });
  });

  document.addEventListener("DOMContentLoaded", function () {
    $all("form.upload").forEach(setUpUpload);
    var working = $("#working");
    if (working) poll(working);
    var outline = $(".outline details");
    if (outline && window.matchMedia("(max-width: 860px)").matches) outline.open = false;  // a phone: cards first
    var picked = $("#picked");
    if (picked) setUpPicking(picked);
  });
})();
