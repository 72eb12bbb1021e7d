/* The interactive check: judges the answers leniently (as studycards' drill does), shows the score, and
   for each miss the right answer and where it comes from; 只练错题 asks the misses again until each is
   answered right; the last score and the questions missed most are kept in the browser (localStorage).
   Everything is in this file: no network. */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");
  var data = document.getElementById("quiz-data");
  var items = JSON.parse(unscramble(data.textContent, data.dataset.key));
  var storeKey = "studycards:" + data.dataset.quiz;
  var form = document.getElementById("quiz");
  var score = document.getElementById("score");
  var cramButton = document.getElementById("cram");
  var keyButton = document.getElementById("show-key");
  var cramming = false;

  // The answers travel XORed with this quiz's key and base64-encoded: not plain text in the source.
  function unscramble(text, hex) {
    var key = hex.match(/../g).map(function (h) { return parseInt(h, 16); });
    var raw = atob(text.trim());
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) { bytes[i] = raw.charCodeAt(i) ^ key[i % key.length]; }
    return new TextDecoder("utf-8").decode(bytes);
  }
  // Same rule as studycards.quiz.grading.fold: NFKC, lower case, no punctuation, spaces or controls.
  function fold(text) {
    return text.normalize("NFKC").toLowerCase().replace(/[\p{P}\p{Z}\p{C}]/gu, "");
  }
  function same(a, b) {
    return a.length === b.length && a.every(function (x, i) { return x === b[i]; });
  }
  function all(selector, within) {
    return Array.prototype.slice.call((within || document).querySelectorAll(selector));
  }
  // Scroll this page only: scrollIntoView would scroll a page that shows the quiz in a frame as well, and
  // slide the frame under that page's pinned toolbar.
  function reveal(element, where) {
    var rect = element.getBoundingClientRect(), top = rect.top + window.pageYOffset;
    var offset = where === "center" ? (window.innerHeight - rect.height) / 2 : where === "end" ? window.innerHeight - rect.height : 0;
    window.scrollTo(0, Math.max(0, top - offset));
  }
  function box(index) { return document.getElementById("q" + (index + 1)); }
  // Same rule as studycards.quiz.grading.lenient: a unit the question shows (2400万 for 2400万台), or a
  // leading function word (有敢闯的劲头 for 要有敢闯的劲头) makes no difference; the note says so. null: wrong.
  var MEASURE_WORDS = "辆个人元台件吨次项家所套亩户名条座只头部本张位处种批艘架列匹株棵册份间门篇起例";
  var AMOUNT_ENDS = "万亿千百十零〇一二两三四五六七八九";
  var FUNCTION_WORDS = ["要", "是", "的", "在", "把", "将", "对", "为", "以", "和", "与", "及", "并", "被", "由", "从", "向", "于"];
  function lenient(answer, typed, stem) {
    var a = fold(answer), t = fold(typed);
    if (!t || a === t) { return null; }
    var before = stem.split("\u0000")[0], shown = fold(stem);
    var short = a.length <= t.length ? a : t, long = a.length <= t.length ? t : a;
    if (a.length === t.length) { short = a; long = t; }
    var extra = long.indexOf(short) === 0 ? long.slice(short.length) : "";
    var end = short.slice(-1);
    var amount = /[0-9]/.test(end) || (end !== "" && AMOUNT_ENDS.indexOf(end) >= 0);
    if (extra.length === 1 && MEASURE_WORDS.indexOf(extra) >= 0 && amount && shown.indexOf(extra) >= 0) {
      return "按“" + answer + "”计：单位“" + extra + "”题中已有";
    }
    var ends = long.length >= short.length && long.slice(long.length - short.length) === short;
    var lead = ends ? long.slice(0, long.length - short.length) : "";
    if (FUNCTION_WORDS.indexOf(lead) >= 0 && short.length >= 2) {
      var folded = fold(before);
      if (a === long || folded.slice(folded.length - lead.length) === lead) {
        return "按“" + answer + "”计：只差虚词“" + lead + "”";
      }
    }
    return null;
  }
  // [right, note]: note says why an answer not as written counts ("" when none is needed).
  function verdict(element, item) {
    if (item.type === "fill") {
      var inputs = all("input.blank", element);
      var typed = inputs.map(function (i) { return fold(i.value); });
      var wanted = item.answer.map(fold);
      if (item.ordered ? same(typed, wanted) : same(typed.slice().sort(), wanted.slice().sort())) { return [true, ""]; }
      if (item.answer.length !== 1) { return [false, ""]; }
      var note = lenient(item.answer[0], inputs[0].value, item.stem);
      return [note !== null, note || ""];
    }
    var picked = all("input:checked", element).map(function (i) { return Number(i.value); });
    return [same(picked.sort(), item.correct.slice().sort()), ""];
  }
  function span(cls, text) {
    var element = document.createElement("span");
    element.className = cls;
    element.textContent = text;
    return element;
  }
  function original(item) {  // a false 判断: the passage as written, the swapped phrase marked
    var line = span("original", "原文：" + item.original[0]);
    var mark = document.createElement("mark");
    mark.textContent = item.original[1];
    line.appendChild(mark);
    line.appendChild(document.createTextNode(item.original[2]));
    return line;
  }
  function load() {
    try { return JSON.parse(localStorage.getItem(storeKey)) || {}; } catch (e) { return {}; }
  }
  function save(record) {
    try { localStorage.setItem(storeKey, JSON.stringify(record)); } catch (e) { /* private mode: not kept */ }
  }
  function answered(element, item) {  // a question left blank is not a mistake: it is not graded
    if (item.type === "fill") { return all("input.blank", element).some(function (i) { return fold(i.value) !== ""; }); }
    return all("input:checked", element).length > 0;
  }
  function mark(index, ok, note) {  // ok: true, false, or null (not answered)
    var element = box(index), item = items[index];
    element.classList.toggle("right", ok === true);
    element.classList.toggle("wrong", ok === false);
    element.classList.toggle("skipped", ok === null);
    var feedback = element.querySelector(".feedback");
    feedback.textContent = "";
    if (ok === null) {
      feedback.appendChild(span("mark", "未作答"));
      feedback.hidden = false;
      return;
    }
    feedback.appendChild(span("mark", ok ? "✓ 正确" : "✗ 错误"));
    if (note) { feedback.appendChild(span("lenient", note)); }
    if (!ok) {
      feedback.appendChild(span("answer", "正确答案：" + item.key));
      if (item.original.length) { feedback.appendChild(original(item)); }
      feedback.appendChild(span("src", "出处：" + item.source));
    }
    feedback.hidden = false;
  }
  function check() {
    var record = load(), misses = record.misses || [], asked = [], right = 0, skipped = 0;
    items.forEach(function (item, index) {
      if (cramming && box(index).classList.contains("done")) { return; }
      asked.push(index);
      if (!answered(box(index), item)) {
        skipped += 1;
        mark(index, null);
        return;
      }
      var judged = verdict(box(index), item), ok = judged[0];
      right += ok ? 1 : 0;
      if (!ok) { misses[index] = (misses[index] || 0) + 1; }
      mark(index, ok, judged[1]);
    });
    record.misses = misses;
    var wrong = asked.length - right - skipped;
    var counts = skipped ? (wrong ? "，答错 " + wrong + " 题" : "") + "，未答 " + skipped + " 题" : "";  // adds up
    if (cramming) {
      asked.forEach(function (index) { if (box(index).classList.contains("right")) { box(index).classList.add("done"); } });
      score.textContent = wrong || skipped ? "错题：本轮答对 " + right + " / " + asked.length + "，还剩 " + (wrong + skipped) + " 题"
                                           : "错题已全部答对 ✓";
      if (!wrong && !skipped) { endCram(); }
    } else {
      var percent = items.length ? Math.round(100 * right / items.length) : 0;
      score.textContent = "得分：" + right + " / " + items.length + "（" + percent + "%）" + counts;
      score.dataset.right = String(right);
      score.dataset.wrong = String(wrong);
      score.dataset.skipped = String(skipped);
      score.dataset.total = String(items.length);
      record.last = { right: right, wrong: wrong, skipped: skipped, total: items.length, when: new Date().toISOString() };
    }
    save(record);
    cramButton.hidden = !wrong;
    document.body.classList.add("checked");
    var first = form.querySelector(".item.wrong:not(.done)");
    if (first) { reveal(first, "center"); }
    var bar = score.getBoundingClientRect();
    if (bar.top < 0 || bar.bottom > window.innerHeight) { reveal(score, "end"); }
  }
  function clear(element) {
    all("input.blank", element).forEach(function (input) { input.value = ""; });
    all("input:checked", element).forEach(function (input) { input.checked = false; });
    element.classList.remove("right", "wrong", "skipped");
    var feedback = element.querySelector(".feedback");
    feedback.hidden = true;
    feedback.textContent = "";
  }
  function cram() {  // 只练错题: the missed questions again, the others put away, until each is right
    cramming = true;
    document.body.classList.add("cram");
    items.forEach(function (item, index) {
      var element = box(index);
      if (element.classList.contains("wrong")) { clear(element); } else { element.classList.add("done"); }
    });
    groups();
    cramButton.hidden = true;
    var wrong = form.querySelectorAll(".item:not(.done)").length;
    score.textContent = "只练错题：共 " + wrong + " 题";
    var first = form.querySelector(".item:not(.done)");
    if (first) {
      reveal(first, "start");
      var input = first.querySelector("input");
      if (input) { input.focus({ preventScroll: true }); }
    }
  }
  function endCram() {
    cramming = false;
    document.body.classList.remove("cram");
    all(".item.done").forEach(function (element) { element.classList.remove("done"); });
    groups();
  }
  function groups() {  // a section all of whose questions are put away is put away too
    all("section.group").forEach(function (section) {
      section.hidden = cramming && !section.querySelector(".item:not(.done)");
    });
  }
  function reset() {
    endCram();
    all(".item", form).forEach(clear);
    score.textContent = "";
    delete score.dataset.right;
    cramButton.hidden = true;
    document.body.classList.remove("checked", "show-key");
    window.scrollTo(0, 0);
  }
  function next(input) {  // Enter in a blank: the next blank still to answer, and finally 检查答案
    var blanks = all("input.blank").filter(function (i) { return !i.closest(".item.done"); });
    var after = blanks[blanks.indexOf(input) + 1];
    (after || document.getElementById("check")).focus();
  }
  function writeKey() {
    var list = document.querySelector("#key ol");
    items.forEach(function (item) {
      var row = document.createElement("li");
      row.appendChild(document.createTextNode(item.key + " "));
      if (item.original.length) { row.appendChild(original(item)); row.appendChild(document.createTextNode(" ")); }
      row.appendChild(span("src", "出处：" + item.source));
      list.appendChild(row);
    });
  }
  function showKey() {  // the whole key is a spoiler: one tap arms, a second shows it
    if (document.body.classList.contains("show-key")) {
      document.body.classList.remove("show-key");
      keyButton.textContent = "答案";
      return;
    }
    if (!keyButton.classList.contains("armed")) {
      keyButton.classList.add("armed");
      keyButton.textContent = "再点一次显示全部答案";
      setTimeout(function () {
        if (keyButton.classList.contains("armed")) { keyButton.classList.remove("armed"); keyButton.textContent = "答案"; }
      }, 4000);
      return;
    }
    keyButton.classList.remove("armed");
    keyButton.textContent = "收起答案";
    document.body.classList.add("show-key");
    reveal(document.getElementById("key"), "start");
  }
  function remembered() {  // the last score and the questions missed most, from an earlier visit
    var record = load(), last = document.getElementById("last");
    if (!record.last) { return; }
    var when = new Date(record.last.when);
    var unanswered = record.last.skipped ? "，未答 " + record.last.skipped + " 题" : "";
    last.textContent = "上次得分：" + record.last.right + " / " + record.last.total + unanswered + "（" +
      when.toLocaleDateString("zh-CN") + " " + when.toLocaleTimeString("zh-CN", { hour: "2-digit", minute: "2-digit" }) + "）";
    var weakest = (record.misses || []).map(function (count, index) { return [count || 0, index]; })
      .filter(function (pair) { return pair[0] > 0; })
      .sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; }).slice(0, 5);
    if (weakest.length) {
      last.appendChild(document.createTextNode("；最常错："));
      weakest.forEach(function (pair, n) {
        var link = document.createElement("a");
        link.href = "#q" + (pair[1] + 1);
        link.textContent = "第" + (pair[1] + 1) + "题（错" + pair[0] + "次）";
        if (n) { last.appendChild(document.createTextNode("、")); }
        last.appendChild(link);
      });
    }
    last.hidden = false;
  }
  window.studycards = { fold: fold, lenient: lenient };  // for tests: the same folding as the drill's
  writeKey();
  remembered();
  document.getElementById("check").addEventListener("click", check);
  document.getElementById("redo").addEventListener("click", reset);
  cramButton.addEventListener("click", cram);
  keyButton.addEventListener("click", showKey);
  form.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && event.target.matches("input.blank")) {
      event.preventDefault();
      next(event.target);
    }
  });
  form.addEventListener("input", function (event) {  // a blank grows with what is typed (never before)
    var input = event.target;
    if (!input.matches("input.blank") || input.dataset.sized) { return; }
    var wanted = Array.from(input.value).length * 1.1 + 0.8;
    input.style.width = Math.max(5.5, wanted).toFixed(1) + "em";  // as wide as every blank, at least
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); check(); });
})();
