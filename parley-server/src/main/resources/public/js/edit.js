// The form that edits a position's value and salience; each save makes a revision based on the one shown.
import { api, clearErrors, el, showProblem } from './api.js';

export function positionEditor(o, issue, positions, scenarioId) {
  if (positions.length === 0) return el('p', { class: 'muted' }, 'No positions on this issue.');
  const actors = Object.fromEntries(o.actors.map(a => [a.id, a]));
  const status = el('p', { role: 'status', id: 'edit-status' });
  const valueField = el('div', { class: 'field', id: 'value-field' });
  const select = el('select', { id: 'edit-actor', name: 'actor' },
    positions.map(p => el('option', { value: p.actor }, actors[p.actor].name)));
  const salience = el('input', { id: 'edit-salience', name: 'salience', type: 'number', min: 0, max: 100, step: 'any', required: true, 'data-field': 'salience' });
  const message = el('input', { id: 'edit-message', name: 'message', type: 'text', required: true, maxlength: 4000, 'data-field': 'message' });
  const author = el('input', { id: 'edit-author', name: 'author', type: 'text', maxlength: 200, 'data-field': 'author', value: localStorage.getItem('parley.author') || '' });
  const form = el('form', { class: 'stack card', id: 'edit-form', novalidate: true },
    el('h3', {}, 'Edit a position on “', issue.name, '”'),
    el('div', { class: 'field' }, el('label', { for: 'edit-actor' }, 'Actor'), select),
    valueField,
    el('div', { class: 'field' }, el('label', { for: 'edit-salience' }, 'Salience (0–100)'), salience),
    el('div', { class: 'field' }, el('label', { for: 'edit-message' }, 'Why (recorded with the revision)'), message),
    el('div', { class: 'field' }, el('label', { for: 'edit-author' }, 'Your name'), author),
    el('div', {}, el('button', { type: 'submit', id: 'edit-submit' }, 'Save as a new revision')),
    status);
  const fill = () => {
    const p = positions.find(x => x.actor === select.value);
    salience.value = p.salience;
    valueField.replaceChildren(el('label', { for: 'edit-value' }, 'Position'), valueInput(issue, p.value));
    clearErrors(form);
  };
  select.addEventListener('change', fill);
  fill();
  form.addEventListener('submit', async e => {
    e.preventDefault();
    clearErrors(form);
    const p = positions.find(x => x.actor === select.value);
    const changes = {};
    const value = readValue(issue, form.querySelector('#edit-value'));
    if (JSON.stringify(value) !== JSON.stringify(p.value)) changes.value = value;
    const s = salience.value.trim() === '' ? salience.value : Number(salience.value);
    if (s !== p.salience) changes.salience = s === '' ? null : s;
    if (author.value) localStorage.setItem('parley.author', author.value);
    status.textContent = 'Saving…';
    const r = await api('PATCH', `/api/v1/scenarios/${encodeURIComponent(scenarioId)}/positions/${encodeURIComponent(p.actor)}/${encodeURIComponent(issue.id)}`, {
      json: { base_revision: o.revision.number, message: message.value, author: author.value || null, changes },
    });
    status.textContent = '';
    if (r.ok) {
      sessionStorage.setItem('parley.saved', `Saved revision ${r.body.revision.number}.`);
      location.hash = `#/s/${encodeURIComponent(scenarioId)}/overview/${encodeURIComponent(issue.id)}`;
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } else if (r.status === 401) {
      showProblem(form, r.body);
    } else if (r.status === 409) {
      showProblem(form, r.body);
      status.append(el('a', { href: '#', onclick: ev => { ev.preventDefault(); window.dispatchEvent(new HashChangeEvent('hashchange')); } }, 'Reload the latest revision'));
    } else {
      showProblem(form, r.body);
    }
  });
  const saved = sessionStorage.getItem('parley.saved');
  if (saved) {
    status.textContent = saved;
    status.className = 'ok';
    sessionStorage.removeItem('parley.saved');
  }
  return form;
}

function valueInput(issue, value) {
  const common = { id: 'edit-value', name: 'value', 'data-field': 'value' };
  const s = issue.scale;
  if (issue.kind === 'continuous') {
    return el('input', { ...common, type: 'number', step: 'any', min: s.min, max: s.max, value });
  }
  const options = issue.kind === 'binary'
    ? [[false, s.false_label], [true, s.true_label]]
    : (s.levels || s.options).map(l => [l.id, l.label]);
  return el('select', common, options.map(([v, label]) => el('option', { value: String(v), selected: v === value }, label)));
}

function readValue(issue, input) {
  if (issue.kind === 'continuous') return input.value.trim() === '' ? input.value : Number(input.value);
  if (issue.kind === 'binary') return input.value === 'true';
  return input.value;
}
