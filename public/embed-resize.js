/*
 * Optional auto-height for pages that embed the explainer in an iframe.
 * Add once to the host page:  <script src="https://YOUR-HOST/PATH/public/embed-resize.js" defer></script>
 *
 * The explainer posts {type: "uncyber:resize", v: 1, height} to its parent.
 * This script resizes only the iframe whose contentWindow sent the message,
 * and only when the message comes from that iframe's own origin. Without it
 * the explainer still works at any fixed height from 450 px.
 */
(function () {
  'use strict';
  var MIN = 450;
  var MAX = 5000;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'uncyber:resize' || data.v !== 1) return;
    if (typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i += 1) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try { origin = new URL(frame.src, document.baseURI).origin; } catch (e) { return; }
      if (origin !== event.origin) return;
      frame.style.height = Math.min(MAX, Math.max(MIN, Math.ceil(data.height))) + 'px';
      return;
    }
  });
})();
