// The Tweet queue page: actions, keyboard shortcuts, live weighted length. No framework, no build.
// Tweet text is only ever written with textContent / value, never as HTML.
"use strict";

const meta = (name) => document.querySelector(`meta[name="${name}"]`).content;
const MAX = Number(meta("max-length"));

// ------------------------------------------------------------- X's weighted length (approximate)
// twitter-text v3: a URL counts 23; code points in these ranges count 1, everything else 2 (CJK,
// emoji...), an emoji sequence (ZWJ family, flag, skin tone) counts 2 in all. The server re-checks
// with the real rule on save.
const LIGHT = [[0x0000, 0x10ff], [0x2000, 0x200d], [0x2010, 0x201f], [0x2032, 0x2037]];
const URL_RE = /(?:https?:\/\/)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|org|net|edu|gov|io|co|me|ly|dev|app|info|uk|de|fr|jp|ca|au|us|tv)\b(?::\d+)?(?:\/[^\s]*)?|https?:\/\/[^\s]+/gi;
const PICTO = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const segmenter = typeof Intl !== "undefined" && Intl.Segmenter ? new Intl.Segmenter() : null;

function countPlain(text) {
  let n = 0;
  const graphemes = segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : Array.from(text);
  for (const g of graphemes) {
    if (PICTO.test(g)) { n += 2; continue; }
    for (const ch of g) {
      const cp = ch.codePointAt(0);
      n += LIGHT.some(([lo, hi]) => cp >= lo && cp <= hi) ? 1 : 2;
    }
  }
  return n;
}

function weightedLength(text) {
  text = text.normalize("NFC");
  let n = 0, last = 0;
  for (const m of text.matchAll(URL_RE)) {
    n += countPlain(text.slice(last, m.index)) + 23;
    last = m.index + m[0].length;
  }
  return n + countPlain(text.slice(last));
}
window.weightedLength = weightedLength;

// ------------------------------------------------------------- talking to the server
const message = document.getElementById("message");
function say(text, kind = "info") {
  message.textContent = text;
  message.className = kind;
  message.hidden = false;
  clearTimeout(say.timer);
  if (kind !== "error") say.timer = setTimeout(() => { message.hidden = true; }, 4000);
}

async function post(path, body) {
  const response = await fetch(path, {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json", [meta("csrf-header")]: meta("csrf-token") },
    body: JSON.stringify(body),
  });
  let data = {};
  try { data = await response.json(); } catch (e) { /* not JSON */ }
  if (!response.ok) {
    let detail = typeof data.detail === "string" ? data.detail : `${response.status} ${response.statusText}`;
    if (response.status === 409) detail = `Not saved: ${detail}`;
    if (response.status === 401) detail = "Your Airflow session has ended: log in again.";
    const error = new Error(detail);
    error.status = response.status;
    throw error;
  }
  return data;
}

// ------------------------------------------------------------- rows
const list = document.getElementById("tweets");
const rows = () => Array.from(document.querySelectorAll("li.tweet"));
let current = 0;
const seen = (li) => ({ id: Number(li.dataset.id), version: Number(li.dataset.version) });

function focusRow(i) {
  const all = rows();
  if (!all.length) return;
  current = Math.max(0, Math.min(i, all.length - 1));
  all.forEach((li, j) => li.classList.toggle("current", j === current));
  all[current].focus({ preventScroll: true });
  all[current].scrollIntoView({ block: "nearest" });
}

function bumpCount(view, delta) {
  const badge = document.querySelector(`[data-view-link="${view}"] .count`);
  if (badge) badge.textContent = String(Number(badge.textContent) + delta);
}

function refresh(li, tweet) {
  li.dataset.version = tweet.version;
  li.querySelector(".text").textContent = tweet.text;
  const len = li.querySelector(".len");
  if (len) { len.textContent = `${tweet.weighted_length}/${MAX}`; len.classList.toggle("over", tweet.weighted_length > MAX); }
}

function removeRows(lis, to) {
  const view = document.body.dataset.view;
  const index = rows().indexOf(lis[0]);
  lis.forEach((li) => li.remove());
  bumpCount(view, -lis.length);
  bumpCount(to, lis.length);
  focusRow(index);
}

const PATHS = { approve: ["api/approve", "approved"], reject: ["api/reject", "rejected"], pending: ["api/to-pending", "pending"] };

async function decide(action, lis) {
  if (!lis.length) { say("Select tweets first (x or the checkboxes)."); return; }
  const [path, to] = PATHS[action];
  try {
    await post(path, { tweets: lis.map(seen) });
    removeRows(lis, to);
    say(`${lis.length} tweet${lis.length > 1 ? "s" : ""} → ${to}`);
  } catch (e) { say(e.message, "error"); }
}

function edit(li) {
  if (li.querySelector("textarea")) { li.querySelector("textarea").focus(); return; }
  const text = li.querySelector(".text");
  const box = document.createElement("div");
  box.className = "editor";
  const area = document.createElement("textarea");
  area.value = text.textContent;
  area.rows = 3;
  const counter = document.createElement("span");
  counter.className = "live-len";
  const update = () => {
    const n = weightedLength(area.value);
    counter.textContent = `${n}/${MAX}`;
    counter.classList.toggle("over", n > MAX);
  };
  area.addEventListener("input", update);
  update();
  const save = document.createElement("button"); save.type = "button"; save.textContent = "Save"; save.className = "save";
  const cancel = document.createElement("button"); cancel.type = "button"; cancel.textContent = "Cancel";
  const close = () => { box.remove(); text.hidden = false; li.focus(); };
  const submit = async () => {
    try {
      const data = await post(`api/tweets/${li.dataset.id}/edit`, { text: area.value, version: Number(li.dataset.version) });
      refresh(li, data.tweets[0]);
      close();
      say(`#${li.dataset.id} saved`);
    } catch (e) { say(e.message, "error"); }
  };
  save.addEventListener("click", submit);
  cancel.addEventListener("click", close);
  area.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); submit(); }
    if (ev.key === "Escape") { ev.preventDefault(); close(); }
  });
  box.append(area, counter, save, cancel);
  text.hidden = true;
  text.after(box);
  area.focus();
}

async function move(li, step) {
  const all = rows();
  const i = all.indexOf(li), j = i + step;
  if (j < 0 || j >= all.length) return;
  if (step < 0) all[j].before(li); else all[j].after(li);
  try {
    const data = await post("api/reorder", { tweets: rows().map(seen) });
    const byId = new Map(data.tweets.map((t) => [String(t.id), t]));
    rows().forEach((r) => { const t = byId.get(r.dataset.id); if (t) r.dataset.version = t.version; });
    focusRow(rows().indexOf(li));
    say("order saved");
  } catch (e) {
    if (step < 0) li.before(all[j]); else li.after(all[j]);
    say(e.message, "error");
  }
}

async function schedule(li) {
  const value = li.querySelector("input.when").value;
  try {
    const data = await post(`api/tweets/${li.dataset.id}/schedule`,
      { scheduled_for: value ? `${value}:00Z` : null, version: Number(li.dataset.version) });
    li.dataset.version = data.tweets[0].version;
    say(value ? `#${li.dataset.id} scheduled for ${value} UTC` : `#${li.dataset.id} unscheduled`);
  } catch (e) { say(e.message, "error"); }
}

const picked = () => rows().filter((li) => li.querySelector("input.pick")?.checked);

document.addEventListener("click", (ev) => {
  const button = ev.target.closest("button");
  const li = ev.target.closest("li.tweet");
  if (li) focusRow(rows().indexOf(li));
  if (!button) return;
  if (button.dataset.bulk) { decide(button.dataset.bulk, picked()); return; }
  if (!li) return;
  const act = button.dataset.act;
  if (act in PATHS) decide(act, [li]);
  else if (act === "edit") edit(li);
  else if (act === "up") move(li, -1);
  else if (act === "down") move(li, 1);
  else if (act === "schedule") schedule(li);
});

document.getElementById("select-all")?.addEventListener("change", (ev) => {
  rows().forEach((li) => { const box = li.querySelector("input.pick"); if (box) box.checked = ev.target.checked; });
});
document.getElementById("account-select")?.addEventListener("change", (ev) => ev.target.form.submit());

document.addEventListener("keydown", (ev) => {
  if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
  if (ev.target.matches("textarea, input[type=text], input[type=datetime-local], select")) return;
  const all = rows();
  if (!all.length) return;
  const li = all[current];
  const canEdit = document.body.dataset.canEdit === "true";
  const view = document.body.dataset.view;
  switch (ev.key) {
    case "j": focusRow(current + 1); break;
    case "k": focusRow(current - 1); break;
    case "x": { const box = li.querySelector("input.pick"); if (box) box.checked = !box.checked; break; }
    case "a": if (canEdit && view === "pending") decide("approve", picked().length ? picked() : [li]); break;
    case "r": if (canEdit && view === "pending") decide("reject", picked().length ? picked() : [li]); break;
    case "e": if (canEdit && (view === "pending" || view === "approved")) edit(li); break;
    default: return;
  }
  ev.preventDefault();
});

if (list) focusRow(0);
