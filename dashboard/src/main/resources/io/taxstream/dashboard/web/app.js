// taxstream overview: renders /api/events (server-sent events). Everything is written with
// textContent or setAttribute, so nothing from the server is ever parsed as markup.
(function () {
  'use strict';

  var COLORS = ['#2553a4', '#1a7f37', '#b45309', '#7c3aed', '#0e7490', '#be185d', '#4b5563'];
  var TYPES = ['FORM_16', 'PAYSLIP', 'BANK_STATEMENT', 'INTEREST_CERTIFICATE', 'CAPITAL_GAINS', 'INVESTMENT_PROOF', 'UNKNOWN'];
  var MAX_ROWS = 50;
  var docs = new Map();

  function $(id) { return document.getElementById(id); }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { if (attrs[k] !== null && attrs[k] !== undefined) e.setAttribute(k, attrs[k]); }); }
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

  function bytes(n) {
    if (n === null || n === undefined || n < 0) return 'unknown';
    if (n >= 1073741824) return (n / 1073741824).toFixed(2) + ' GB';
    if (n >= 1048576) return (n / 1048576).toFixed(0) + ' MB';
    return (n / 1024).toFixed(0) + ' KB';
  }

  function ms(n) { return n >= 10000 ? (n / 1000).toFixed(1) + ' s' : n + ' ms'; }

  function time(at) { return at ? new Date(at).toLocaleTimeString() : ''; }

  function color(type) { var i = TYPES.indexOf(type); return COLORS[(i < 0 ? TYPES.length - 1 : i) % COLORS.length]; }

  function row(tbody, cells) {
    var tr = el('tr');
    cells.forEach(function (c) { tr.appendChild(typeof c === 'object' && c.nodeType ? wrap(c) : el('td', null, c)); });
    tbody.appendChild(tr);
    return tr;
  }

  function wrap(node) { var td = el('td'); td.appendChild(node); return td; }

  function num(value, digits) { var td = el('td', { 'class': 'num' }, digits === undefined ? value : Number(value).toFixed(digits)); return td; }

  function renderOverview(o) {
    $('instance').textContent = o.instance.application_id + ' · ' + o.instance.role + (o.instance.server ? ' · ' + o.instance.server : '');
    $('throughput-total').textContent = o.throughput.total.toFixed(2);
    $('lag-total').textContent = o.lag.at ? String(o.lag.total) : '–';
    $('review-queue').textContent = String(o.review_queue);
    $('thread-count').textContent = o.threads.in_process ? String(o.threads.threads.length) : 'n/a';
    renderAlerts(o);
    renderChart(o.throughput);
    renderLatency(o.latency);
    renderMemory(o.memory);
    renderLag(o.lag);
    renderScaling(o.scaling);
    renderThreads(o.threads);
    renderLlm(o.llm);
    o.recent.forEach(upsert);
    renderDocs();
  }

  function renderAlerts(o) {
    var box = clear($('alerts'));
    o.memory.alerts.forEach(function (a) { box.appendChild(el('div', { 'class': 'alert bad', 'data-alert': 'memory' }, 'Memory: ' + a)); });
    if (o.lag.error) box.appendChild(el('div', { 'class': 'alert', 'data-alert': 'lag' }, 'Lag: ' + o.lag.error));
    if (o.llm.error) box.appendChild(el('div', { 'class': 'alert', 'data-alert': 'llm' }, 'LLM: ' + o.llm.error));
  }

  function renderChart(t) {
    var svg = $('throughput-chart');
    clear(svg);
    var ns = 'http://www.w3.org/2000/svg';
    var W = 800, H = 200, L = 34, B = 18, T = 8;
    var types = Object.keys(t.series);
    var n = types.length ? t.series[types[0]].length : 1;
    var max = 0.1;
    types.forEach(function (k) { t.series[k].forEach(function (v) { if (v > max) max = v; }); });
    max = Math.ceil(max * 10) / 10;
    function x(i) { return L + (W - L - 4) * (n <= 1 ? 0 : i / (n - 1)); }
    function y(v) { return T + (H - T - B) * (1 - v / max); }
    for (var g = 0; g <= 4; g++) {
      var v = max * g / 4;
      var line = document.createElementNS(ns, 'line');
      line.setAttribute('x1', L); line.setAttribute('x2', W); line.setAttribute('y1', y(v)); line.setAttribute('y2', y(v));
      line.setAttribute('stroke', '#e3e6ea');
      svg.appendChild(line);
      var label = document.createElementNS(ns, 'text');
      label.setAttribute('x', 2); label.setAttribute('y', y(v) + 3); label.textContent = v.toFixed(1);
      svg.appendChild(label);
    }
    var minutes = Math.round(n * t.bucket_seconds / 60);
    var axis = document.createElementNS(ns, 'text');
    axis.setAttribute('x', L); axis.setAttribute('y', H - 4); axis.textContent = '−' + minutes + ' min';
    svg.appendChild(axis);
    var now = document.createElementNS(ns, 'text');
    now.setAttribute('x', W - 24); now.setAttribute('y', H - 4); now.textContent = 'now';
    svg.appendChild(now);
    var legend = clear($('legend'));
    types.forEach(function (k) {
      var pts = t.series[k].map(function (v, i) { return x(i).toFixed(1) + ',' + y(v).toFixed(1); }).join(' ');
      var p = document.createElementNS(ns, 'polyline');
      p.setAttribute('points', pts); p.setAttribute('fill', 'none'); p.setAttribute('stroke', color(k)); p.setAttribute('stroke-width', '2');
      p.setAttribute('data-type', k);
      svg.appendChild(p);
      var item = el('span', { 'data-type': k });
      var swatch = el('i'); swatch.style.background = color(k);
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(k + ' ' + (t.current[k] || 0).toFixed(2) + '/s'));
      legend.appendChild(item);
    });
    $('throughput-window').textContent = 'documents per second, last ' + minutes + ' minutes';
  }

  function renderLatency(rows) {
    var tbody = clear($('latency').tBodies[0]);
    if (!rows.length) { row(tbody, ['no documents finished in the last 5 minutes', '', '', '']); return; }
    rows.forEach(function (r) {
      var tr = el('tr', { 'data-type': r.doc_type });
      tr.appendChild(el('td', null, r.doc_type));
      tr.appendChild(num(ms(r.p50_ms))); tr.appendChild(num(ms(r.p95_ms))); tr.appendChild(num(r.samples));
      tbody.appendChild(tr);
    });
  }

  function bar(label, used, max, ratio, alertRatio, id) {
    var box = el('div', { id: id });
    box.appendChild(el('div', null, label + ': ' + bytes(used) + (max > 0 ? ' of ' + bytes(max) + ' (' + Math.round(ratio * 100) + '%)' : ' (no limit set)')));
    var b = el('div', { 'class': 'bar' + (max > 0 && ratio >= alertRatio ? ' alert' : '') });
    var fill = el('div'); fill.style.width = Math.min(100, Math.round(ratio * 100)) + '%';
    b.appendChild(fill);
    box.appendChild(b);
    return box;
  }

  function renderMemory(m) {
    var box = clear($('memory'));
    box.appendChild(bar('JVM heap', m.heap_used, m.heap_max, m.heap_ratio, m.alert_ratio, 'memory-heap'));
    box.appendChild(bar('Process RSS', m.rss, m.limit, m.rss_ratio, m.alert_ratio, 'memory-rss'));
    box.appendChild(el('div', { 'class': 'muted' }, 'alert at ' + Math.round(m.alert_ratio * 100) + '% of the heap maximum or the memory limit'));
  }

  function renderLag(lag) {
    var tbody = clear($('lag').tBodies[0]);
    $('lag-at').textContent = lag.at ? 'committed vs end offsets, read ' + time(lag.at) : 'not read yet';
    if (!lag.groups.length) { row(tbody, ['no consumer group to show yet', '', '', '', '', '']); return; }
    lag.groups.forEach(function (g) {
      g.partitions.forEach(function (p) {
        var tr = el('tr', { 'data-group': g.group, 'data-topic': p.topic, 'data-partition': p.partition });
        tr.appendChild(el('td', null, g.group)); tr.appendChild(el('td', null, p.topic));
        tr.appendChild(num(p.partition)); tr.appendChild(num(p.committed)); tr.appendChild(num(p.end)); tr.appendChild(num(p.lag));
        tbody.appendChild(tr);
      });
      var total = el('tr', { 'data-group-total': g.group });
      total.appendChild(el('td', null, g.group + ' total')); total.appendChild(el('td', null, g.members + ' members, ' + g.instances + ' instances'));
      total.appendChild(el('td')); total.appendChild(el('td')); total.appendChild(el('td')); total.appendChild(num(g.total));
      tbody.appendChild(total);
    });
  }

  function renderScaling(rows) {
    var tbody = clear($('scaling').tBodies[0]);
    rows.forEach(function (a) {
      var tr = el('tr', { 'data-group': a.group });
      tr.appendChild(el('td', null, a.group)); tr.appendChild(num(a.lag)); tr.appendChild(num(a.rate_per_second, 1));
      tr.appendChild(num(a.replicas)); tr.appendChild(num(a.recommended_replicas));
      tbody.appendChild(tr);
    });
  }

  function renderThreads(t) {
    var box = clear($('threads'));
    $('streams-state').textContent = t.state;
    if (!t.in_process) { box.appendChild(el('p', { 'class': 'muted' }, 'no worker runs in this process; see the consumer lag for the group\'s members')); return; }
    if (t.autoscaler) {
      var a = t.autoscaler;
      box.appendChild(el('p', { 'class': 'muted', id: 'autoscaler' }, 'autoscaler: ' + a.threads + ' threads within ' + a.min + '–' + a.max
        + ', specialist lag ' + a.lag + ', last decision ' + a.decision));
    }
    t.threads.forEach(function (th) {
      var d = el('div', { 'class': 'thread' });
      d.appendChild(el('code', null, th.name.replace(/^.*-StreamThread-/, 'StreamThread-')));
      d.appendChild(el('span', { 'class': 'badge' }, th.state));
      var tasks = el('div');
      th.active.forEach(function (task) { tasks.appendChild(el('span', { 'class': 'task', title: task.partitions.join(', ') }, task.task)); });
      th.standby.forEach(function (task) { tasks.appendChild(el('span', { 'class': 'task', title: 'standby: ' + task.partitions.join(', ') }, task.task + ' (standby)')); });
      d.appendChild(tasks);
      box.appendChild(d);
    });
  }

  function renderLlm(llm) {
    var box = clear($('llm'));
    if (!llm.configured) { box.appendChild(el('p', { 'class': 'muted', id: 'llm-state' }, 'not configured: the cascade starts at the rules tier')); return; }
    llm.tiers.forEach(function (tier) {
      var d = el('div', { 'class': 'tier', 'data-tier': tier.name });
      d.appendChild(el('b', null, tier.name + ' '));
      d.appendChild(el('span', { 'class': 'badge ' + tier.state.toLowerCase() }, tier.state));
      d.appendChild(el('span', { 'class': 'muted' }, ' ' + (tier.endpoint || '')));
      tier.models.forEach(function (m) { d.appendChild(el('div', null, m.name + ' · ' + bytes(m.size_bytes) + (m.vram_bytes ? ' (' + bytes(m.vram_bytes) + ' on GPU)' : ''))); });
      if (tier.detail) d.appendChild(el('div', { 'class': 'muted' }, tier.detail));
      box.appendChild(d);
    });
  }

  function upsert(d) {
    var known = docs.get(d.document_id);
    if (!known || known.at <= d.at) docs.set(d.document_id, d);
  }

  function renderDocs() {
    var list = Array.from(docs.values()).sort(function (a, b) { return b.at - a.at; });
    list.slice(MAX_ROWS).forEach(function (d) { docs.delete(d.document_id); });
    var tbody = clear($('recent-docs').tBodies[0]);
    list.slice(0, MAX_ROWS).forEach(function (d) {
      var tr = el('tr', { 'data-id': d.document_id, 'data-stage': d.stage, 'data-done': String(d.done), 'data-status': d.status || '' });
      var name = d.linkable ? el('a', { href: '/documents/' + encodeURIComponent(d.document_id) }, d.document_id) : el('span', null, d.document_id);
      tr.appendChild(wrap(name));
      tr.appendChild(el('td', null, d.doc_type || ''));
      tr.appendChild(el('td', { 'class': 'stage' }, d.stage));
      tr.appendChild(el('td', { 'class': 'status ' + (d.status || '').toLowerCase() }, d.status || ''));
      tr.appendChild(el('td', null, time(d.at)));
      tbody.appendChild(tr);
    });
  }

  function connect() {
    var conn = $('conn');
    var source = new EventSource('/api/events');
    source.addEventListener('open', function () { conn.dataset.state = 'live'; conn.textContent = 'live'; });
    source.addEventListener('error', function () { conn.dataset.state = 'reconnecting'; conn.textContent = 'reconnecting…'; });
    source.addEventListener('overview', function (e) { conn.dataset.state = 'live'; conn.textContent = 'live'; renderOverview(JSON.parse(e.data)); });
    source.addEventListener('documents', function (e) { JSON.parse(e.data).forEach(upsert); renderDocs(); });
  }

  connect();
})();
