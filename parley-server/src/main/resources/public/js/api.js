// The REST API from the pages: JSON in and out, the write token, errors shown next to the field at fault.

const TOKEN_KEY = 'parley.token';

export function token() {
  return localStorage.getItem(TOKEN_KEY) || '';
}

export function setToken(value) {
  if (value) localStorage.setItem(TOKEN_KEY, value.trim());
  else localStorage.removeItem(TOKEN_KEY);
}

/** Calls the API; resolves to {ok, status, body} where body is parsed JSON (or text for exports). */
export async function api(method, path, options = {}) {
  const headers = {};
  let body;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.body !== undefined) {
    headers['Content-Type'] = options.contentType || 'application/yaml';
    body = options.body;
  }
  if (method !== 'GET' && token()) headers['Authorization'] = 'Bearer ' + token();
  let response;
  try {
    response = await fetch(path, { method, headers, body });
  } catch (e) {
    return { ok: false, status: 0, body: { code: 'NETWORK', detail: 'The server cannot be reached.', diagnostics: [] } };
  }
  const type = response.headers.get('Content-Type') || '';
  const parsed = type.includes('json') ? await response.json() : await response.text();
  return { ok: response.ok, status: response.status, body: parsed };
}

/** Creates an element: el('td', {class: 'x'}, 'text', child). Text is always set as text, never as HTML. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** Clears earlier error marks of a form. */
export function clearErrors(form) {
  form.querySelectorAll('[aria-invalid]').forEach(i => i.removeAttribute('aria-invalid'));
  form.querySelectorAll('.error[data-for], .error-list').forEach(e => e.remove());
}

/**
 * Shows a problem on a form: each diagnostic next to the input whose data-field equals its field (or path),
 * the rest (and the problem's sentence) in a list at the top of the form. Returns the first invalid input.
 */
export function showProblem(form, problem) {
  clearErrors(form);
  const rest = [];
  let first = null;
  for (const d of problem.diagnostics || []) {
    const input = form.querySelector(`[data-field="${CSS.escape(d.field)}"]`)
      || form.querySelector(`[data-field="${CSS.escape(d.path)}"]`);
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      const id = input.id + '-error';
      input.setAttribute('aria-describedby', id);
      input.insertAdjacentElement('afterend', el('div', { class: 'error', id, 'data-for': d.field, role: 'alert' }, d.message));
      first = first || input;
    } else {
      rest.push(d.text);
    }
  }
  const list = el('ul', { class: 'error-list', role: 'alert' }, el('li', {}, problem.detail || ('Error ' + problem.status)),
    rest.map(t => el('li', {}, t)));
  form.prepend(list);
  if (first) first.focus();
  return first;
}

/** Starts an analysis and polls it, reporting progress (0–1); resolves to the finished job. */
export async function runAnalysis(scenario, revision, kind, parameters, onProgress) {
  const started = await api('POST', `/api/v1/scenarios/${scenario}/revisions/${revision}/analyses`, { json: { kind, parameters } });
  if (!started.ok) return { failed: started.body };
  let job = started.body;
  while (job.state === 'queued' || job.state === 'running') {
    onProgress(job.progress);
    await new Promise(r => setTimeout(r, 150));
    const polled = await api('GET', `/api/v1/analyses/${job.id}`);
    if (!polled.ok) return { failed: polled.body };
    job = polled.body;
  }
  onProgress(1);
  return job.state === 'done' ? { job } : { failed: job.problem };
}

/** A number for people: up to two decimals. */
export function fmt(x) {
  return typeof x === 'number' ? (Math.round(x * 100) / 100).toString() : String(x);
}
