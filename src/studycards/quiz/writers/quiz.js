/* The interactive check: judges the answers leniently (as studycards' drill does), shows the score, and
   for each miss the right answer and where it comes from. Everything is in this file: no network. */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");
  var items = JSON.parse(document.getElementById("quiz-data").textContent);
  var form = document.getElementById("quiz");
  var score = document.getElementById("score");

  // Same rule as studycards.quiz.grading.fold: NFKC, lower case, no punctuation, spaces or controls.
  function fold(text) {
    return text.normalize("NFKC").toLowerCase().replace(/[\p{P}\p{Z}\p{C}]/gu, "");
  }
  function same(a, b) {
    return a.length === b.length && a.every(function (x, i) { return x === b[i]; });
  }
  function isRight(box, item) {
    if (item.type === "fill") {
      var typed = Array.prototype.map.call(box.querySelectorAll("input.blank"), function (i) { return fold(i.value); });
      var wanted = item.answer.map(fold);
      return item.ordered ? same(typed, wanted) : same(typed.slice().sort(), wanted.slice().sort());
    }
    var picked = Array.prototype.map.call(box.querySelectorAll("input:checked"), function (i) { return Number(i.value); });
    return same(picked.sort(), item.correct.slice().sort());
  }
  function line(cls, text) {
    var span = document.createElement("span");
    span.className = cls;
    span.textContent = text;
    return span;
  }
  function check() {
    var right = 0;
    items.forEach(function (item, index) {
      var box = document.getElementById("q" + (index + 1));
      var ok = isRight(box, item);
      right += ok ? 1 : 0;
      box.classList.toggle("right", ok);
      box.classList.toggle("wrong", !ok);
      var feedback = box.querySelector(".feedback");
      feedback.textContent = "";
      if (ok) {
        feedback.appendChild(line("mark", "✓ 正确"));
      } else {
        feedback.appendChild(line("mark", "✗ 错误"));
        feedback.appendChild(line("answer", "正确答案：" + item.key));
        feedback.appendChild(line("src", "出处：" + item.source));
      }
      feedback.hidden = false;
    });
    var percent = items.length ? Math.round(100 * right / items.length) : 0;
    score.textContent = "得分：" + right + " / " + items.length + "（" + percent + "%）";
    score.dataset.right = String(right);
    score.dataset.total = String(items.length);
    document.body.classList.add("checked");
    var first = form.querySelector(".item.wrong");
    if (first && first.scrollIntoView) { first.scrollIntoView({ block: "center", behavior: "smooth" }); }
  }
  function reset() {
    HTMLFormElement.prototype.reset.call(form);  // (a control named "reset" would hide form.reset)
    Array.prototype.forEach.call(form.querySelectorAll(".item"), function (box) {
      box.classList.remove("right", "wrong");
      var feedback = box.querySelector(".feedback");
      feedback.hidden = true;
      feedback.textContent = "";
    });
    score.textContent = "";
    delete score.dataset.right;
    document.body.classList.remove("checked", "show-key");
    window.scrollTo(0, 0);
  }
  window.studycards = { fold: fold };  // for tests: the same folding as the drill's
  document.getElementById("check").addEventListener("click", check);
  document.getElementById("redo").addEventListener("click", reset);
  document.getElementById("show-key").addEventListener("click", function () {
    document.body.classList.toggle("show-key");
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); check(); });
})();
