// The console's charts, drawn with Apache ECharts from the figures the page carries.
(function () {
  var figures = JSON.parse(document.getElementById('figures').textContent);
  var labels = document.getElementById('labels').dataset;
  // legends and axes read names, never codes: providers as organisations, matters and measures as the catalog names them
  var names = JSON.parse(document.getElementById('names').textContent);
  function named(map, code) { return (map && map[code]) || code; }
  var wrapped = { width: 150, overflow: 'break' };
  function chart(id, option) {
    var element = document.getElementById(id);
    if (!element || !window.echarts) { return; }
    var c = echarts.init(element, null, { renderer: 'svg' });
    c.setOption(Object.assign({ tooltip: { trigger: 'axis' }, grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true } }, option));
    window.addEventListener('resize', function () { c.resize(); });
  }
  var months = Array.from(new Set(figures.recordsByProviderAndMonth.map(function (r) { return r.month; }))).sort();
  var providers = Array.from(new Set(figures.recordsByProviderAndMonth.map(function (r) { return r.provider; }))).sort();
  chart('chart-records', {
    legend: { top: 0, type: 'scroll' }, xAxis: { type: 'category', data: months }, yAxis: { type: 'value' },
    series: providers.map(function (p) {
      return { name: named(names.providers, p), type: 'bar', stack: 'records', data: months.map(function (m) {
        var row = figures.recordsByProviderAndMonth.find(function (r) { return r.provider === p && r.month === m; });
        return row ? row.records : 0; }) };
    })
  });
  chart('chart-late', {
    legend: { top: 0 }, xAxis: { type: 'category', axisLabel: { interval: 0, width: 90, overflow: 'break' },
      data: figures.lateByProvider.map(function (r) { return named(names.providers, r.provider); }) },
    yAxis: { type: 'value' },
    series: [{ name: labels.records, type: 'bar', data: figures.lateByProvider.map(function (r) { return r.records; }) },
             { name: labels.late, type: 'bar', data: figures.lateByProvider.map(function (r) { return r.late; }) }]
  });
  var o = figures.objections;
  chart('chart-objections', {
    tooltip: { trigger: 'item' }, legend: { top: 0 },
    series: [{ type: 'pie', radius: ['35%', '65%'], top: 24,
      data: [{ name: labels.within, value: o.withinDeadline }, { name: labels.overdue, value: o.late }, { name: labels.open, value: o.open }, { name: labels.disagreed, value: o.disagreed }, { name: labels.reviewed, value: o.reviewed }] }]
  });
  chart('chart-queries', {
    xAxis: { type: 'value' }, grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    yAxis: { type: 'category', axisLabel: wrapped, data: figures.queriesByMatter.map(function (r) { return named(names.matters, r.matter); }) },
    series: [{ type: 'bar', data: figures.queriesByMatter.map(function (r) { return r.queries; }) }]
  });
  chart('chart-measures', {
    xAxis: { type: 'value' }, grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    yAxis: { type: 'category', axisLabel: wrapped, data: figures.measuresApplied.map(function (r) { return named(names.measures, r.measure); }) },
    series: [{ type: 'bar', data: figures.measuresApplied.map(function (r) { return r.applied; }) }]
  });
})();
