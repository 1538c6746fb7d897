// Draws each chart of the page: a Vega-Lite spec in <script type="application/json" id=…>, compiled to Vega
// and rendered as SVG with the expression interpreter (no eval, so the page's CSP holds).
(function () {
  "use strict";
  function draw(holder) {
    var source = document.getElementById(holder.getAttribute("data-spec"));
    if (!source) { return; }
    var spec = JSON.parse(source.textContent);
    var compiled = vegaLite.compile(spec).spec;
    var runtime = vega.parse(compiled, null, { ast: true });
    var view = new vega.View(runtime, {
      expr: vegaInterpreter.expressionInterpreter,
      renderer: "svg",
      container: holder,
      hover: true
    });
    view.runAsync().then(function () {
      holder.setAttribute("data-rendered", "true");
    }).catch(function (error) {
      holder.setAttribute("data-error", String(error));
      console.error("chart:", error);
    });
  }
  document.querySelectorAll("div.vega[data-spec]").forEach(draw);
})();
