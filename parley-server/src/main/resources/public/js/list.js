// Scenario list and import.
import { api, clearErrors, el, showProblem } from './api.js';

export async function listView(main) {
  main.append(el('h1', {}, 'Scenarios'));
  const listed = await api('GET', '/api/v1/scenarios');
  if (!listed.ok) {
    main.append(el('p', { class: 'error' }, listed.body.detail));
    return;
  }
  if (listed.body.length === 0) {
    main.append(el('p', { class: 'muted' }, 'No scenario yet: import one below.'));
  } else {
    main.append(el('div', { class: 'table-wrap' }, el('table', { id: 'scenario-table' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Scenario'), el('th', {}, 'Id'), el('th', {}, 'Revision'), el('th', {}, 'Updated'))),
      el('tbody', {}, listed.body.map(s => el('tr', {},
        el('td', {}, el('a', { href: `#/s/${encodeURIComponent(s.id)}/overview` }, s.title)),
        el('td', {}, el('code', {}, s.id)),
        el('td', {}, s.head_revision),
        el('td', {}, new Date(s.updated_at).toLocaleString())))))));
  }
  main.append(importForm());
}

function importForm() {
  const status = el('p', { role: 'status', id: 'import-status' });
  const form = el('form', { class: 'stack card', id: 'import-form' },
    el('h2', {}, 'Import a scenario'),
    el('p', { class: 'muted' }, 'A scenario file in Parley format v1 (YAML or JSON). It is checked like ',
      el('code', {}, 'parley validate'), ' does; errors are listed with their line and column.'),
    el('div', { class: 'field' },
      el('label', { for: 'import-file' }, 'Scenario file'),
      el('input', { id: 'import-file', name: 'file', type: 'file', accept: '.yaml,.yml,.json', required: true, 'data-field': '' })),
    el('div', { class: 'field' },
      el('label', { for: 'import-message' }, 'Message (optional)'),
      el('input', { id: 'import-message', name: 'message', type: 'text', maxlength: 4000, 'data-field': 'message' })),
    el('div', {}, el('button', { type: 'submit', id: 'import-submit' }, 'Import')),
    status);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    clearErrors(form);
    const file = form.querySelector('#import-file').files[0];
    if (!file) return;
    const text = await file.text();
    const message = form.querySelector('#import-message').value;
    const query = new URLSearchParams({ filename: file.name });
    if (message) query.set('message', message);
    const json = /\.json$/i.test(file.name);
    status.textContent = 'Checking…';
    const r = await api('POST', '/api/v1/scenarios?' + query, { body: text, contentType: json ? 'application/json' : 'application/yaml' });
    status.textContent = '';
    if (r.ok) {
      location.hash = `#/s/${encodeURIComponent(r.body.scenario.id)}/overview`;
    } else {
      showProblem(form, r.body);
      form.querySelector('#import-file').setAttribute('aria-invalid', 'true');
    }
  });
  return form;
}
