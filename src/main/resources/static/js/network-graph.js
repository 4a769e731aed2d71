// Draws the graph view (<div data-network-graph data-graph="{nodes, edges}">) with Cytoscape.js, bundled
// as a webjar: cities as circles, city networks as squares, organisations as triangles (the legend says so,
// and the table beside lists every node's kind in words), sized by neighbours; edges coloured by the kind
// of tie. A click opens the node's page. Concentric layout for large graphs (fast; hubs in the middle),
// force-directed (cose) for small ones.
(function () {
  var el = document.querySelector('[data-network-graph]');
  if (!window.cytoscape || !el) return;
  // Cytoscape adds a <style> for its container unless one with this id exists; the site's CSP forbids
  // inline styles, and crossroads.css already positions .graph-canvas, so a placeholder stands in for it.
  if (!document.getElementById('__________cytoscape_stylesheet')) {
    var placeholder = document.createElement('meta');
    placeholder.id = '__________cytoscape_stylesheet';
    document.head.appendChild(placeholder);
  }
  var data = JSON.parse(el.getAttribute('data-graph') || '{"nodes":[],"edges":[]}');
  var colours = { place: '#1f5fa8', network: '#0b6e4f', organisation: '#e07a1f' };
  var shapes = { place: 'ellipse', network: 'rectangle', organisation: 'triangle' };
  var elements = [];
  data.nodes.forEach(function (n) {
    elements.push({ group: 'nodes', data: { id: n.id, label: n.label, kind: n.kind, degree: n.degree, href: n.href,
      size: Math.min(6 + Math.sqrt(n.degree) * 3, 30) } });
  });
  data.edges.forEach(function (e, i) {
    elements.push({ group: 'edges', data: { id: 'e' + i, source: e.source, target: e.target, colour: e.colour,
      width: Math.min(0.5 + e.weight, 5) } });
  });
  var cy = window.cytoscape({
    container: el,
    elements: elements,
    minZoom: 0.05,
    maxZoom: 4,
    style: [
      { selector: 'node', style: { 'background-color': function (n) { return colours[n.data('kind')] || '#6b6b6b'; },
        'shape': function (n) { return shapes[n.data('kind')] || 'ellipse'; },
        'width': 'data(size)', 'height': 'data(size)', 'label': 'data(label)', 'font-size': 8, 'color': '#26323a',
        'min-zoomed-font-size': 8 } },
      { selector: 'edge', style: { 'line-color': 'data(colour)', 'width': 'data(width)', 'opacity': 0.5,
        'curve-style': 'haystack' } }
    ],
    layout: data.nodes.length <= 300
      ? { name: 'cose', animate: false, numIter: 500 }
      : { name: 'concentric', animate: false, concentric: function (n) { return n.data('degree'); },
          levelWidth: function () { return 4; }, minNodeSpacing: 4 }
  });
  cy.on('tap', 'node', function (evt) {
    var href = evt.target.data('href');
    if (href && href.charAt(0) === '/') window.location.assign(href);
  });
  window.crossroadsGraph = cy; // for the browser journey, which counts the nodes drawn
  el.setAttribute('data-loaded', String(cy.nodes().length));
})();
