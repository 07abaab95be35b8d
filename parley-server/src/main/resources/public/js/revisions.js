// Revision history and a readable diff of two revisions.
import { api, el } from './api.js';

export async function revisionsView(main, id, rest) {
  const r = await api('GET', `/api/v1/scenarios/${encodeURIComponent(id)}/revisions`);
  main.append(el('h1', {}, 'Revisions'));
  if (!r.ok) {
    main.append(el('p', { class: 'error' }, r.body.detail));
    return;
  }
  const revisions = r.body;
  main.append(el('div', { class: 'table-wrap' }, el('table', { id: 'revision-table' },
    el('thead', {}, el('tr', {}, ['#', 'Based on', 'Author', 'When', 'Message', 'Export'].map(h => el('th', {}, h)))),
    el('tbody', {}, revisions.map(v => el('tr', {},
      el('td', {}, v.number), el('td', {}, v.base_revision ?? '—'), el('td', {}, v.author),
      el('td', {}, new Date(v.created_at).toLocaleString()), el('td', {}, v.message),
      el('td', {}, el('a', { href: `/api/v1/scenarios/${encodeURIComponent(id)}/export?format=yaml&revision=${v.number}` }, 'YAML'), ' ',
        el('a', { href: `/api/v1/scenarios/${encodeURIComponent(id)}/export?format=json&revision=${v.number}` }, 'JSON'))))))));
  if (revisions.length < 2) {
    main.append(el('p', { class: 'muted' }, 'Only one revision so far: edit a position to make another.'));
    return;
  }
  const numbers = revisions.map(v => v.number);
  const pick = (fieldId, label, selected) => el('div', { class: 'field' }, el('label', { for: fieldId }, label),
    el('select', { id: fieldId }, numbers.map(n => el('option', { value: n, selected: n === selected }, 'revision ' + n))));
  const from = Number(rest[0]) || numbers[1];
  const to = Number(rest[1]) || numbers[0];
  const out = el('section', { id: 'diff', 'aria-live': 'polite' });
  const form = el('form', { class: 'stack card', id: 'diff-form' }, el('h2', {}, 'Compare'),
    el('div', { class: 'grid2' }, pick('diff-from', 'From', from), pick('diff-to', 'To', to)),
    el('div', {}, el('button', { type: 'submit' }, 'Show changes')));
  form.addEventListener('submit', e => {
    e.preventDefault();
    showDiff(out, id, form.querySelector('#diff-from').value, form.querySelector('#diff-to').value);
  });
  main.append(form, out);
  showDiff(out, id, from, to);
}

async function showDiff(out, id, from, to) {
  const r = await api('GET', `/api/v1/scenarios/${encodeURIComponent(id)}/diff?from=${from}&to=${to}`);
  if (!r.ok) {
    out.replaceChildren(el('p', { class: 'error' }, r.body.detail));
    return;
  }
  const changes = r.body.changes;
  out.replaceChildren(el('h2', {}, `Revision ${from} → ${to}: ${changes.length} change${changes.length === 1 ? '' : 's'}`),
    changes.length === 0 ? el('p', { class: 'muted' }, 'The two revisions have the same content.') : '',
    ...changes.map(c => el('div', { class: 'card change' },
      el('div', {}, el('span', { class: 'badge kind-' + c.kind }, c.kind), ' ', c.collection.replace('_', ' '), ' ', el('code', {}, c.key)),
      el('div', { class: 'table-wrap' }, el('table', {},
        el('thead', {}, el('tr', {}, el('th', {}, 'Field'), el('th', {}, 'Before'), el('th', {}, 'After'))),
        el('tbody', {}, c.fields.map(f => el('tr', {}, el('td', {}, el('code', {}, f.field)),
          el('td', {}, f.before === null ? '—' : el('code', { class: 'before' }, f.before)),
          el('td', {}, f.after === null ? '—' : el('code', { class: 'after' }, f.after))))))))));
}
