// The console's charts, drawn with Apache ECharts from the figures the page carries.
(function () {
  var figures = JSON.parse(document.getElementById('figures').textContent);
  var labels = document.getElementById('labels').dataset;
  function chart(id, option) {
    var element = document.getElementById(id);
    if (!element || !window.echarts) { return; }
    var c = echarts.init(element, null, { renderer: 'svg' });
    c.setOption(Object.assign({ tooltip: { trigger: 'axis' }, grid: { left: 48, right: 16, top: 36, bottom: 40 } }, option));
    window.addEventListener('resize', function () { c.resize(); });
  }
  var months = Array.from(new Set(figures.recordsByProviderAndMonth.map(function (r) { return r.month; }))).sort();
  var providers = Array.from(new Set(figures.recordsByProviderAndMonth.map(function (r) { return r.provider; }))).sort();
  chart('chart-records', {
    legend: { top: 0 }, xAxis: { type: 'category', data: months }, yAxis: { type: 'value' },
    series: providers.map(function (p) {
      return { name: p, type: 'bar', stack: 'records', data: months.map(function (m) {
        var row = figures.recordsByProviderAndMonth.find(function (r) { return r.provider === p && r.month === m; });
        return row ? row.records : 0; }) };
    })
  });
  chart('chart-late', {
    legend: { top: 0 }, xAxis: { type: 'category', data: figures.lateByProvider.map(function (r) { return r.provider; }) },
    yAxis: { type: 'value' },
    series: [{ name: labels.records, type: 'bar', data: figures.lateByProvider.map(function (r) { return r.records; }) },
             { name: labels.late, type: 'bar', data: figures.lateByProvider.map(function (r) { return r.late; }) }]
  });
  var o = figures.objections;
  chart('chart-objections', {
    tooltip: { trigger: 'item' }, legend: { top: 0 },
    series: [{ type: 'pie', radius: ['35%', '65%'], top: 24,
      data: [{ name: labels.within, value: o.withinDeadline }, { name: labels.overdue, value: o.late }, { name: labels.open, value: o.open }, { name: labels.disagreed, value: o.disagreed }] }]
  });
  chart('chart-queries', {
    xAxis: { type: 'value' }, grid: { left: 120, right: 16, top: 16, bottom: 32 },
    yAxis: { type: 'category', data: figures.queriesByMatter.map(function (r) { return r.matter; }) },
    series: [{ type: 'bar', data: figures.queriesByMatter.map(function (r) { return r.queries; }) }]
  });
  chart('chart-measures', {
    xAxis: { type: 'value' }, grid: { left: 160, right: 16, top: 16, bottom: 32 },
    yAxis: { type: 'category', data: figures.measuresApplied.map(function (r) { return r.measure; }) },
    series: [{ type: 'bar', data: figures.measuresApplied.map(function (r) { return r.applied; }) }]
  });
})();
