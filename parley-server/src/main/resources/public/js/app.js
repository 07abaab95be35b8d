// The workspace pages: a hash router over the views of one scenario.
import { el, setToken, token } from './api.js';
import { listView } from './list.js';
import { overviewView } from './overview.js';
import { dealspaceView } from './dealspace.js';
import { forecastView } from './forecast.js';
import { revisionsView } from './revisions.js';

const main = document.getElementById('main');
const nav = document.getElementById('scenario-nav');

const pages = [
  ['overview', 'Overview', overviewView],
  ['dealspace', 'Deal space', dealspaceView],
  ['forecast', 'Forecast', forecastView],
  ['revisions', 'Revisions', revisionsView],
];

function takeTokenFromAddress() {
  const m = location.hash.match(/^#token=([A-Za-z0-9_\-]+)$/);
  if (m) {
    setToken(m[1]);
    history.replaceState(null, '', location.pathname + '#/');
  }
}

function showTokenState() {
  document.getElementById('token-state').textContent = token() ? 'token saved' : 'no token: read only';
}

async function route() {
  takeTokenFromAddress();
  showTokenState();
  const parts = (location.hash.replace(/^#\/?/, '') || '').split('/').filter(Boolean).map(decodeURIComponent);
  nav.replaceChildren();
  main.replaceChildren();
  if (parts[0] === 's' && parts[1]) {
    const id = parts[1];
    const page = parts[2] || 'overview';
    for (const [key, label] of pages) {
      nav.append(el('a', { href: `#/s/${encodeURIComponent(id)}/${key}`, 'aria-current': key === page ? 'page' : null }, label));
    }
    const found = pages.find(p => p[0] === page);
    if (found) await found[2](main, id, parts.slice(3));
    else main.append(el('p', { class: 'error' }, 'No such page.'));
  } else {
    await listView(main);
  }
  document.title = 'Parley — ' + (main.querySelector('h1')?.textContent || 'workspace');
}

document.getElementById('token-form').addEventListener('submit', e => {
  e.preventDefault();
  const input = document.getElementById('token-input');
  setToken(input.value);
  input.value = '';
  showTokenState();
});

window.addEventListener('hashchange', route);
route();
