// Marsad web app: map + list of events, event detail with sources, article view with
// highlighted entities and evidence. Plain ES module; Leaflet and topojson-client are globals.
/* global L, topojson */

const COLORS = {
  Battles: '#c92a2a',
  'Explosions/Remote violence': '#e8590c',
  'Violence against civilians': '#862e9c',
  Protests: '#1971c2',
  Riots: '#f08c00',
  'Strategic developments': '#2b8a3e',
  Statements: '#495057',
};

const state = { events: [], markers: new Map(), bounds: null };
const map = L.map('map', { worldCopyJump: true, preferCanvas: false }).setView([32.5, 43.5], 5);

async function loadBasemap() {
  const topo = await (await fetch('/data/countries-50m.json')).json();
  const land = topojson.feature(topo, topo.objects.countries);
  L.geoJSON(land, { style: { color: '#8a97a6', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 } }).addTo(
    map,
  );
}

const el = (tag, attrs = {}, ...kids) => {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') n.className = v;
    else if (k.startsWith('on')) n.addEventListener(k.slice(2), v);
    else n.setAttribute(k, v);
  }
  for (const kid of kids) if (kid != null) n.append(kid);
  return n;
};

function dateText(d) {
  if (!d) return '';
  return d.start === d.end ? d.start : `${d.start} – ${d.end}`;
}

function queryFromForm() {
  const form = new FormData(document.getElementById('filters'));
  const q = new URLSearchParams();
  for (const [k, v] of form) if (v) q.set(k, String(v));
  if (state.bounds) q.set('bbox', state.bounds);
  q.set('limit', '1000');
  return q;
}

async function loadEvents() {
  const res = await fetch(`/api/events?${queryFromForm()}`);
  const body = await res.json();
  state.events = Array.isArray(body) ? body : body.events;
  render();
}

function render() {
  for (const m of state.markers.values()) m.remove();
  state.markers.clear();
  const list = document.getElementById('event-list');
  list.replaceChildren();
  document.getElementById('count').textContent = `${state.events.length} events`;
  for (const ev of state.events) {
    const color = COLORS[ev.type] ?? '#333';
    const where = ev.location?.name ?? 'place unknown';
    const li = el(
      'li',
      { 'data-event-id': ev.id, onclick: () => openEvent(ev.id) },
      el('div', { class: 'ev-type' }, el('span', { class: 'dot', style: `background:${color}` }), ev.type),
      el('div', { class: 'ev-title' }, `${ev.subtype} — ${where}`),
      el(
        'div',
        { class: 'ev-meta' },
        `${dateText(ev.date)} · ${ev.actor1?.name ?? 'actor unknown'} · ${ev.source_count} source(s)`,
      ),
    );
    list.append(li);
    if (ev.location && Number.isFinite(ev.location.lat)) {
      const marker = L.circleMarker([ev.location.lat, ev.location.lon], {
        radius: 7,
        color: '#fff',
        weight: 1.5,
        fillColor: color,
        fillOpacity: 0.9,
        className: 'event-marker',
      })
        .bindTooltip(`${ev.subtype}: ${where} (${dateText(ev.date)})`)
        .on('click', () => openEvent(ev.id))
        .addTo(map);
      state.markers.set(ev.id, marker);
    }
  }
}

function showDetail(...nodes) {
  const box = document.getElementById('detail');
  document.getElementById('detail-body').replaceChildren(...nodes);
  box.hidden = false;
}

async function openEvent(id) {
  for (const li of document.querySelectorAll('#event-list li')) {
    li.classList.toggle('active', li.dataset.eventId === id);
  }
  const ev = await (await fetch(`/api/events/${encodeURIComponent(id)}`)).json();
  const row = (k, v) => (v ? el('tr', {}, el('td', {}, k), el('td', {}, v)) : null);
  const sources = el('ul');
  for (const s of ev.sources ?? []) {
    const ev0 = s.evidence?.[0];
    sources.append(
      el(
        'li',
        {},
        el(
          'a',
          {
            href: '#',
            class: 'open-article',
            onclick: (e) => {
              e.preventDefault();
              openArticle(s.article_id, s.evidence);
            },
          },
          s.title ?? s.article_id,
        ),
        ` — ${s.outlet ?? ''} ${s.published ?? ''}`,
        ev0 ? el('blockquote', {}, ev0.text) : null,
      ),
    );
  }
  showDetail(
    el('h2', {}, `${ev.type}: ${ev.subtype}`),
    el(
      'table',
      { class: 'facts' },
      row('Date', `${dateText(ev.date)} (${ev.date?.precision})`),
      row(
        'Place',
        ev.location
          ? `${ev.location.name}, ${ev.location.admin1 ?? ''} ${ev.location.country} (${ev.location.precision})`
          : '',
      ),
      row('Actor 1', ev.actor1?.name),
      row('Actor 2', ev.actor2?.name),
      row('Fatalities', ev.fatalities == null ? '' : String(ev.fatalities)),
      row('Certainty', ev.certainty),
      row('Sources', `${ev.source_count} (${ev.independent_source_count} independent)`),
    ),
    el('h3', {}, 'Sources and evidence'),
    sources,
  );
}

function highlight(text, entities, evidence) {
  const marks = [];
  for (const e of entities ?? [])
    for (const m of e.mentions ?? [])
      marks.push({
        start: m.start,
        end: m.end,
        cls: e.kind,
        title: `${e.name}${e.ref ? ` (${e.ref})` : ''}`,
      });
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  // every evidence sentence of the event is highlighted, marks inside it included
  const spans = evidence ?? [];
  const inEvidenceRange = (from, to) => spans.some((e) => from >= e.start && to <= e.end);
  const frag = document.createDocumentFragment();
  let pos = 0;
  const cuts = spans.flatMap((e) => [e.start, e.end]);
  // plain text between marks, cut at evidence boundaries so each piece is wholly in or out
  const push = (from, to) => {
    let a = from;
    const inner = cuts.filter((c) => c > from && c < to).sort((x, y) => x - y);
    for (const c of [...inner, to]) {
      if (c > a) {
        const piece = text.slice(a, c);
        frag.append(inEvidenceRange(a, c) ? el('span', { class: 'evidence-active' }, piece) : piece);
      }
      a = c;
    }
  };

  for (const m of marks) {
    if (m.start < pos) continue;
    push(pos, m.start);
    const inEvidence = inEvidenceRange(m.start, m.end);
    frag.append(
      el(
        'mark',
        { class: inEvidence ? `${m.cls} in-evidence` : m.cls, title: m.title },
        text.slice(m.start, m.end),
      ),
    );
    pos = m.end;
  }
  push(pos, text.length);
  return frag;
}

async function openArticle(id, evidence) {
  const a = await (await fetch(`/api/articles/${encodeURIComponent(id)}`)).json();
  const events = el('ul');
  for (const ev of a.events ?? [])
    events.append(
      el('li', {}, `${ev.type}: ${ev.subtype} — ${ev.location?.name ?? '?'} (${dateText(ev.date)})`),
    );
  showDetail(
    el('h2', {}, a.title ?? a.id),
    el('p', { class: 'ev-meta' }, `${a.outlet ?? ''} · ${a.published ?? ''} ${a.url ? `· ${a.url}` : ''}`),
    el(
      'p',
      { class: 'legend' },
      el('span', {}, el('mark', { class: 'person' }, 'person')),
      el('span', {}, el('mark', { class: 'organization' }, 'organisation')),
      el('span', {}, el('mark', { class: 'location' }, 'place')),
      el('span', {}, el('span', { class: 'evidence-active' }, 'evidence')),
    ),
    el('div', { class: 'article-text' }, highlight(a.text, a.entities, evidence)),
    el('h3', {}, 'Events in this article'),
    events,
  );
}

document.getElementById('filters').addEventListener('submit', (e) => {
  e.preventDefault();
  loadEvents();
});
document.getElementById('use-bounds').addEventListener('click', () => {
  const b = map.getBounds();
  state.bounds = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((x) => x.toFixed(3)).join(',');
  loadEvents();
});
document.getElementById('close-detail').addEventListener('click', () => {
  document.getElementById('detail').hidden = true;
});

await loadBasemap();
await loadEvents();
document.body.dataset.ready = 'true';
