// Scenario overview: actors × issues bubble map, per-issue detail with citations and quoted spans, edits.
import { api, el, fmt } from './api.js';
import { positionEditor } from './edit.js';

export async function overviewView(main, id, rest) {
  const head = await api('GET', `/api/v1/scenarios/${encodeURIComponent(id)}`);
  if (!head.ok) {
    main.append(el('h1', {}, 'Scenario'), el('p', { class: 'error' }, head.body.detail));
    return;
  }
  const revision = head.body.scenario.head_revision;
  const view = await api('GET', `/api/v1/scenarios/${encodeURIComponent(id)}/revisions/${revision}/overview`);
  if (!view.ok) {
    main.append(el('p', { class: 'error' }, view.body.detail));
    return;
  }
  const o = view.body;
  main.append(
    el('h1', {}, o.scenario.title),
    el('p', { class: 'muted', id: 'revision-line' }, `Revision ${o.revision.number} · ${o.revision.author} · `,
      new Date(o.revision.created_at).toLocaleString(), ` · “${o.revision.message}” · as of ${o.scenario.as_of}`),
    el('p', {}, o.scenario.description),
    el('h2', {}, 'Who stands where'),
    el('p', { class: 'muted' }, 'Each bubble is an actor’s position on an issue, on the common 0–100 scale. ',
      'Bubble size: the actor’s capability. Colour: how salient the issue is to the actor (0–100).'),
    el('div', { id: 'bubble-map', class: 'chart', role: 'img', 'aria-label': 'Positions of actors on each issue' }));
  document.getElementById('bubble-map').style.height = Math.max(320, 110 + 30 * o.issues.length) + 'px';
  bubbleMap(document.getElementById('bubble-map'), o);
  const detail = el('section', { id: 'issue-detail', 'aria-live': 'polite' });
  const chosen = rest[0] && o.issues.some(i => i.id === rest[0]) ? rest[0] : o.issues[0]?.id;
  const picker = el('div', { class: 'issue-list', role: 'group', 'aria-label': 'Issues' },
    o.issues.map(i => el('button', {
      type: 'button', class: 'secondary', 'data-issue': i.id, 'aria-pressed': i.id === chosen ? 'true' : 'false',
      onclick: () => { showIssue(detail, o, i.id, id); picker.querySelectorAll('button').forEach(b => b.setAttribute('aria-pressed', String(b.dataset.issue === i.id))); },
    }, i.name)));
  main.append(el('h2', {}, 'Issues'), picker, detail);
  if (chosen) showIssue(detail, o, chosen, id);
}

function bubbleMap(node, o) {
  const chart = echarts.init(node);
  const issues = o.issues.map(i => i.name);
  const actors = Object.fromEntries(o.actors.map(a => [a.id, a]));
  const maxCap = Math.max(1e-9, ...o.actors.map(a => a.capability));
  const issueName = Object.fromEntries(o.issues.map(i => [i.id, i.name]));
  const data = o.positions.map(p => ({
    value: [p.scaled, issueName[p.issue], actors[p.actor].capability, p.salience],
    name: actors[p.actor].name, described: p.described,
  }));
  const statusQuo = o.issues.filter(i => i.status_quo).map(i => ({ value: [i.status_quo.scaled, i.name], described: i.status_quo.described }));
  chart.setOption({
    animation: false,
    legend: { left: 0, top: 0, data: ['status quo'] },
    tooltip: {
      formatter: p => p.seriesIndex === 0
        ? `${p.data.name}<br>${p.value[1]}: ${p.data.described} (${fmt(p.value[0])}/100)<br>capability ${fmt(p.value[2])}, salience ${fmt(p.value[3])}`
        : `status quo of ${p.value[1]}: ${p.data.described}`,
    },
    grid: { left: 8, right: 28, top: 56, bottom: 40, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, name: 'position (0–100)', nameLocation: 'middle', nameGap: 26 },
    yAxis: { type: 'category', data: issues, inverse: true, axisLabel: { width: 150, overflow: 'truncate' } },
    visualMap: {
      seriesIndex: 0, dimension: 3, min: 0, max: 100, orient: 'horizontal', right: 10, top: 0, itemHeight: 120,
      text: ['salience 100', '0'], calculable: true, inRange: { color: ['#c6dbef', '#6baed6', '#08519c', '#08306b'] },
    },
    series: [
      { name: 'positions', type: 'scatter', data, symbolSize: v => 8 + 34 * Math.sqrt(v[2] / maxCap),
        clip: false, itemStyle: { opacity: 0.8, borderColor: '#fff' }, label: { show: false } },
      { name: 'status quo', type: 'scatter', data: statusQuo, symbol: 'diamond', symbolSize: 12, clip: false, itemStyle: { color: '#d95f02' } },
    ],
  });
  window.addEventListener('resize', () => chart.resize());
}

function showIssue(detail, o, issueId, scenarioId) {
  const issue = o.issues.find(i => i.id === issueId);
  const actors = Object.fromEntries(o.actors.map(a => [a.id, a]));
  const positions = o.positions.filter(p => p.issue === issueId).sort((a, b) => a.scaled - b.scaled);
  detail.replaceChildren(
    el('h2', { id: 'issue-title' }, issue.name),
    el('p', {}, issue.description),
    issue.status_quo ? el('p', { class: 'muted' }, 'Status quo: ', issue.status_quo.described) : '',
    el('div', { class: 'table-wrap' }, el('table', { id: 'issue-positions' },
      el('thead', {}, el('tr', {}, ['Actor', 'Position', '0–100', 'Salience', 'Confidence', 'Evidence'].map(h => el('th', {}, h)))),
      el('tbody', {}, positions.map(p => el('tr', { 'data-actor': p.actor },
        el('td', {}, actors[p.actor].name),
        el('td', {}, p.described, p.red_line ? el('div', { class: 'muted' }, 'red line: ', p.red_line) : ''),
        el('td', {}, fmt(p.scaled)),
        el('td', { class: 'salience' }, fmt(p.salience), p.assumptions.salience ? el('div', { class: 'muted' }, 'assumed: ', p.assumptions.salience) : ''),
        el('td', {}, fmt(p.confidence)),
        el('td', {}, evidence(p))))))),
    positionEditor(o, issue, positions, scenarioId));
}

function evidence(p) {
  if (p.citations.length === 0) return el('span', { class: 'muted' }, 'assumed: ', p.assumed || '');
  return p.citations.map(c => el('div', { class: 'citation' },
    el('div', {}, el('strong', {}, c.attribution), ' — ', c.paraphrase),
    c.quote ? el('blockquote', {}, c.quote) : el('div', { class: 'muted' }, 'source text not available'),
    el('div', { class: 'muted' }, c.outlet || c.source, c.date ? ', ' + c.date : '', ` · span ${c.start}–${c.end}`,
      c.url ? [' · ', el('a', { href: c.url, rel: 'noreferrer noopener', target: '_blank' }, 'report')] : '')));
}
