// Deal space of two actors: the Pareto frontier with the bargaining solutions and the disagreement point,
// and the minimal-concession deal explained per issue. Computed by the server's dealspace analysis.
import { api, el, fmt, runAnalysis, showProblem } from './api.js';

const MARKS = {
  NASH: ['circle', '#d95f02'], ASYMMETRIC_NASH: ['emptyCircle', '#a6761d'], KALAI_SMORODINSKY: ['diamond', '#7570b3'],
  UTILITARIAN: ['triangle', '#1b9e77'], EGALITARIAN: ['rect', '#e7298a'],
};

export async function dealspaceView(main, id) {
  const head = await api('GET', `/api/v1/scenarios/${encodeURIComponent(id)}`);
  if (!head.ok) {
    main.append(el('p', { class: 'error' }, head.body.detail));
    return;
  }
  const revision = head.body.scenario.head_revision;
  const content = head.body.content;
  const withPositions = content.actors.filter(a => content.positions.some(p => p.actor === a.id));
  const choose = (fieldId, label, index) => el('div', { class: 'field' }, el('label', { for: fieldId }, label),
    el('select', { id: fieldId, name: fieldId, 'data-field': fieldId === 'actor-a' ? 'a' : 'b' },
      withPositions.map((a, i) => el('option', { value: a.id, selected: i === index }, a.name))));
  const progress = el('progress', { id: 'dealspace-progress', class: 'progress', max: 1, value: 0, hidden: true });
  const form = el('form', { class: 'stack card', id: 'dealspace-form' },
    el('div', { class: 'grid2' }, choose('actor-a', 'Actor A (x axis)', 0), choose('actor-b', 'Actor B (y axis)', 1)),
    el('div', { class: 'field' }, el('label', { for: 'dealspace-step' }, 'Grid step of continuous issues (0–100 scale)'),
      el('input', { id: 'dealspace-step', type: 'number', min: 1, max: 100, step: 'any', value: 10, 'data-field': 'step' })),
    el('div', {}, el('button', { type: 'submit', id: 'dealspace-run' }, 'Compute the deal space')), progress);
  const out = el('section', { id: 'dealspace-result', 'aria-live': 'polite' });
  main.append(el('h1', {}, 'Deal space'),
    el('p', { class: 'muted' }, `Revision ${revision} of “${head.body.scenario.title}”. Utilities are the scenario’s spatial utilities `,
      '(salience-weighted closeness to each actor’s position, 0–1); the disagreement point is each actor’s alternative or the status quo.'),
    form, out);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const parameters = { a: form.querySelector('#actor-a').value, b: form.querySelector('#actor-b').value, step: Number(form.querySelector('#dealspace-step').value) };
    progress.hidden = false;
    out.replaceChildren(el('p', { role: 'status' }, 'Computing…'));
    const r = await runAnalysis(id, revision, 'dealspace', parameters, f => { progress.value = f; });
    progress.hidden = true;
    if (r.failed) {
      out.replaceChildren();
      showProblem(form, r.failed);
      return;
    }
    render(out, r.job.result, content);
  });
  form.requestSubmit();
}

function render(out, d, content) {
  const names = Object.fromEntries(content.actors.map(a => [a.id, a.name]));
  const [a, b] = d.parties;
  const chartNode = el('div', { id: 'frontier-chart', class: 'chart', role: 'img', 'aria-label': 'Pareto frontier of the two actors' });
  out.replaceChildren(
    el('h2', {}, `${names[a.id]} × ${names[b.id]}`),
    el('p', { class: 'muted', id: 'frontier-summary' }, `${d.frontier.length} Pareto-optimal points out of ${d.outcomes} possible deals (${d.algorithm}).`),
    chartNode, solutionsTable(d, names), concessionSection(d, names));
  const chart = echarts.init(chartNode);
  const deal = p => p.deal.map((v, i) => `${d.issues[i]}: ${v}`).join('<br>');
  chart.setOption({
    animation: false,
    legend: { bottom: 0, type: 'scroll' },
    tooltip: { formatter: p => `${p.seriesName}<br>u(${names[a.id]}) = ${fmt(p.value[0])}, u(${names[b.id]}) = ${fmt(p.value[1])}` + (p.data.deal ? '<br>' + deal(p.data) : '') },
    grid: { left: 40, right: 24, top: 16, bottom: 60, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 1, name: 'utility of ' + names[a.id], nameLocation: 'middle', nameGap: 26 },
    yAxis: { type: 'value', min: 0, max: 1, name: 'utility of ' + names[b.id], nameLocation: 'middle', nameGap: 34 },
    series: [
      { id: 'frontier', name: 'Pareto frontier', type: 'scatter', symbolSize: 6, itemStyle: { color: '#4a6fa5' },
        data: d.frontier.map(p => ({ value: p.u })) },
      { id: 'disagreement', name: 'disagreement point', type: 'scatter', symbol: 'pin', symbolSize: 22, itemStyle: { color: '#333' },
        data: [{ value: d.disagreement }] },
      ...d.solutions.map(s => ({ id: s.concept, name: s.label, type: 'scatter', symbol: MARKS[s.concept]?.[0] || 'circle', symbolSize: 16,
        itemStyle: { color: MARKS[s.concept]?.[1] || '#000' }, data: [{ value: s.u, deal: s.deal }], z: 5 })),
    ],
  });
  window.addEventListener('resize', () => chart.resize());
}

function solutionsTable(d, names) {
  const [a, b] = d.parties;
  return el('div', { class: 'table-wrap' }, el('table', { id: 'solutions-table' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Solution'), el('th', {}, 'u(' + names[a.id] + ')'), el('th', {}, 'u(' + names[b.id] + ')'), el('th', {}, 'Deal'))),
    el('tbody', {},
      el('tr', {}, el('td', {}, 'disagreement point'), el('td', {}, fmt(d.disagreement[0])), el('td', {}, fmt(d.disagreement[1])), el('td', { class: 'muted' }, 'no agreement')),
      d.solutions.map(s => el('tr', {}, el('td', {}, s.label, s.ties > 1 ? ` (${s.ties} ties)` : ''), el('td', {}, fmt(s.u[0])), el('td', {}, fmt(s.u[1])),
        el('td', {}, s.deal.map((v, i) => el('div', {}, `${d.issues[i]}: ${v}`))))))));
}

function concessionSection(d, names) {
  const c = d.concession;
  if (c.reason) return el('section', { id: 'concession' }, el('h2', {}, 'Minimal-concession deal'), el('p', {}, c.reason));
  const parties = c.parties;
  return el('section', { id: 'concession' },
    el('h2', {}, 'Minimal-concession deal'),
    el('p', { class: 'muted' }, `The acceptable deal whose ${c.objective === 'LARGEST' ? 'largest' : 'total'} normalised concession is smallest (${fmt(c.value)}). `,
      parties.map(p => `${names[p.party]}: utility ${fmt(p.utility)}, concession ${fmt(p.concession)}`).join('; ')),
    el('div', { class: 'table-wrap' }, el('table', { id: 'concession-table' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Issue'), el('th', {}, 'Deal'), parties.map(p => el('th', {}, names[p.party] + ': ideal (distance)')))),
      el('tbody', {}, d.issues.map((issue, i) => el('tr', {},
        el('td', {}, issue), el('td', {}, c.deal[i]),
        parties.map(p => {
          const e = p.issues.find(x => x.issue === issue);
          if (!e || e.ideal === undefined) return el('td', { class: 'muted' }, 'no position');
          return el('td', {}, `${e.ideal} (${fmt(e.distance)} ${e.unit})`, e.within_acceptable === false ? el('div', { class: 'error' }, 'outside what it said it can accept') : '');
        })))))));
}
