// Forecasts: each model's forecast per issue next to the actors' positions, and the round-by-round
// trajectories of the iterative models. Computed by the server's forecast analysis of the latest revision.
import { api, el, fmt, runAnalysis, showProblem } from './api.js';

export async function forecastView(main, id, rest) {
  const head = await api('GET', `/api/v1/scenarios/${encodeURIComponent(id)}`);
  if (!head.ok) {
    main.append(el('p', { class: 'error' }, head.body.detail));
    return;
  }
  const revision = head.body.scenario.head_revision;
  const overview = (await api('GET', `/api/v1/scenarios/${encodeURIComponent(id)}/revisions/${revision}/overview`)).body;
  const progress = el('progress', { id: 'forecast-progress', class: 'progress', max: 1, value: 0, hidden: true });
  const form = el('form', { class: 'stack card', id: 'forecast-form' },
    el('div', { class: 'grid2' },
      el('div', { class: 'field' }, el('label', { for: 'forecast-rounds' }, 'Rounds of the iterative models'),
        el('input', { id: 'forecast-rounds', type: 'number', min: 1, max: 1000, step: 1, value: 100, 'data-field': 'rounds' })),
      el('div', { class: 'field' }, el('label', { for: 'forecast-seed' }, 'Seed'),
        el('input', { id: 'forecast-seed', type: 'number', step: 1, value: 1, 'data-field': 'seed' }))),
    el('div', {}, el('button', { type: 'submit', id: 'forecast-run' }, 'Forecast')), progress);
  const out = el('section', { id: 'forecast-result', 'aria-live': 'polite' });
  main.append(el('h1', {}, 'Forecast'),
    el('p', { class: 'muted', id: 'forecast-revision' }, `Revision ${revision} of “${head.body.scenario.title}”. Positions on the common 0–100 scale; `,
      'each model predicts where the issue will settle.'), form, out);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const parameters = { rounds: Number(form.querySelector('#forecast-rounds').value), seed: Number(form.querySelector('#forecast-seed').value) };
    progress.hidden = false;
    out.replaceChildren(el('p', { role: 'status' }, 'Computing…'));
    const r = await runAnalysis(id, revision, 'forecast', parameters, f => { progress.value = f; });
    progress.hidden = true;
    if (r.failed) {
      out.replaceChildren();
      showProblem(form, r.failed);
      return;
    }
    render(out, r.job.result, overview, rest[0]);
  });
  form.requestSubmit();
}

function render(out, f, overview, chosenIssue) {
  const detail = el('section', { id: 'forecast-issue' });
  const chosen = f.issues.some(i => i.issue === chosenIssue) ? chosenIssue : f.issues[0]?.issue;
  const table = el('div', { class: 'table-wrap' }, el('table', { id: 'forecast-table' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Issue'), f.models.map(m => el('th', {}, m)))),
    el('tbody', {}, f.issues.map(i => el('tr', {},
      el('td', {}, el('button', { type: 'button', class: 'secondary', 'data-issue': i.issue, onclick: () => showIssue(detail, f, overview, i.issue) }, i.name)),
      f.models.map(m => {
        const x = i.forecasts.find(v => v.model === m);
        return el('td', { 'data-issue': i.issue, 'data-model': m, title: x?.note || '' },
          x && x.point !== null ? [x.label || fmt(x.point), el('div', { class: 'muted' }, fmt(x.point) + '/100')] : el('span', { class: 'muted' }, 'n/a'));
      }))))));
  out.replaceChildren(el('h2', {}, 'Forecasts by issue'), el('p', { class: 'muted' }, 'Choose an issue to see the positions and the trajectories.'), table, detail);
  if (chosen) showIssue(detail, f, overview, chosen);
}

function showIssue(detail, f, overview, issueId) {
  const issue = f.issues.find(i => i.issue === issueId);
  const actors = Object.fromEntries(overview.actors.map(a => [a.id, a]));
  const positions = overview.positions.filter(p => p.issue === issueId);
  const chartNode = el('div', { id: 'forecast-chart', class: 'chart small', role: 'img', 'aria-label': 'Positions and forecasts on ' + issue.name });
  const trajectories = issue.forecasts.filter(x => x.trajectory);
  detail.replaceChildren(el('h2', { id: 'forecast-issue-title' }, issue.name), chartNode,
    ...trajectories.map(x => el('div', {}, el('h3', {}, `${x.model}: round by round`, x.trajectory.converged ? ' (converged)' : ' (round limit)'),
      el('div', { id: 'trajectory-' + x.model, class: 'chart small', role: 'img', 'aria-label': `Trajectory of the ${x.model} model` }))));
  const maxCap = Math.max(1e-9, ...overview.actors.map(a => a.capability));
  const rows = ['positions', ...issue.forecasts.filter(x => x.point !== null).map(x => x.model)];
  const chart = echarts.init(chartNode);
  chart.setOption({
    animation: false,
    tooltip: { formatter: p => p.data.text },
    grid: { left: 8, right: 24, top: 10, bottom: 40, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, name: 'position (0–100)', nameLocation: 'middle', nameGap: 26 },
    yAxis: { type: 'category', data: rows, inverse: true },
    series: [
      { name: 'positions', type: 'scatter', clip: false, itemStyle: { color: '#4a6fa5', opacity: 0.75 },
        data: positions.map(p => ({ value: [p.scaled, 'positions'], symbolSize: 8 + 26 * Math.sqrt(actors[p.actor].capability / maxCap),
          text: `${actors[p.actor].name}: ${p.described} (${fmt(p.scaled)}), salience ${fmt(p.salience)}` })) },
      { name: 'forecasts', type: 'scatter', symbol: 'diamond', symbolSize: 16, clip: false, itemStyle: { color: '#d95f02' },
        data: issue.forecasts.filter(x => x.point !== null).map(x => ({ value: [x.point, x.model], text: `${x.model}: ${x.label || ''} (${fmt(x.point)})` })) },
    ],
  });
  for (const x of trajectories) {
    const t = x.trajectory;
    const line = echarts.init(document.getElementById('trajectory-' + x.model));
    line.setOption({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: v => fmt(v) },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 8, right: 24, top: 10, bottom: 50, containLabel: true },
      xAxis: { type: 'category', name: 'round', data: t.rounds.map(r => r.round) },
      yAxis: { type: 'value', min: 0, max: 100 },
      series: [
        ...t.actors.map((a, k) => ({ name: actors[a]?.name || a, type: 'line', showSymbol: false, data: t.rounds.map(r => r.positions[k]) })),
        { name: 'forecast', type: 'line', showSymbol: false, lineStyle: { type: 'dashed', width: 3, color: '#000' }, data: t.rounds.map(r => r.forecast) },
      ],
    });
  }
}
