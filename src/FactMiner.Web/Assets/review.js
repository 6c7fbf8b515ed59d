// FactMiner review page. Every piece of stored text reaches the page through textContent, never as markup.
"use strict";

const state = { filter: { status: "open" }, flags: [], next: null, total: 0, index: -1, detail: null, selected: 0, busy: false };
const $ = (id) => document.getElementById(id);
const antiforgery = document.querySelector('meta[name="antiforgery"]').content;
const nameKey = "factminer.reviewer";

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function reviewer() { return localStorage.getItem(nameKey) || ""; }

async function api(path, body) {
  const init = body === undefined
    ? { credentials: "same-origin" }
    : { method: "POST", credentials: "same-origin", body: JSON.stringify(body),
        headers: { "Content-Type": "application/json", "X-CSRF-TOKEN": antiforgery } };
  const response = await fetch(path, init);
  const data = await response.json().catch(() => null);
  if (!response.ok) throw new Error(data && data.problems ? data.problems.join("; ") : `${response.status} ${response.statusText}`);
  return data;
}

function say(text, isError) {
  const line = $("status-line");
  line.textContent = text;
  line.classList.toggle("error", !!isError);
}

function query(extra) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...state.filter, ...extra })) if (value) params.set(key, value);
  return params.toString();
}

// ---- queue ----

// After an undo the reopened flag comes back into view (focusFlagId), so the curator can decide it again.
async function loadQueue(focusFlagId) {
  const page = await api(`/api/flags?${query()}`);
  state.flags = page.flags;
  state.next = page.next;
  state.total = page.total;
  renderQueue();
  const index = focusFlagId ? state.flags.findIndex((f) => f.id === focusFlagId) : -1;
  if (index >= 0) await select(index);
  else if (focusFlagId) { state.index = -1; markCurrent(); await openFlag(focusFlagId); }
  else await select(Math.min(Math.max(state.index, 0), state.flags.length - 1));
}

async function moreFlags() {
  if (state.next === null) return false;
  const page = await api(`/api/flags?${query({ after: state.next })}`);
  state.flags.push(...page.flags);
  state.next = page.next;
  renderQueue();
  return page.flags.length > 0;
}

function renderQueue() {
  const list = $("queue-list");
  list.replaceChildren();
  state.flags.forEach((flag, i) => {
    const item = el("li", `queue-item ${flag.status}`);
    item.dataset.index = i;
    const head = el("div", "queue-head");
    head.append(el("strong", null, flag.label), el("span", `kind ${flag.kind}`, flag.kind));
    item.append(head, el("div", "queue-rule", flag.rule), el("div", "muted", `${flag.subject ?? "?"} · ${flag.attribute ?? "?"}`));
    item.addEventListener("click", () => select(i));
    list.append(item);
  });
  $("queue-more").hidden = state.next === null;
  $("queue-count").textContent = `${state.total} ${state.filter.status === "all" ? "" : state.filter.status + " "}flag${state.total === 1 ? "" : "s"}`;
  $("bulk-count").textContent = state.total;
  markCurrent();
}

function markCurrent() {
  for (const item of $("queue-list").children) item.classList.toggle("current", Number(item.dataset.index) === state.index);
  const current = $("queue-list").children[state.index];
  if (current) current.scrollIntoView({ block: "nearest" });
}

async function select(index) {
  state.index = index;
  markCurrent();
  if (index < 0 || index >= state.flags.length) { showFlag(null); return; }
  await openFlag(state.flags[index].id);
}

async function openFlag(id) {
  try {
    showFlag(await api(`/api/flags/${id}`));
  } catch (e) { say(e.message, true); }
}

async function step(delta) {
  let target = state.index + delta;
  if (target >= state.flags.length && !(await moreFlags())) target = state.flags.length - 1;
  if (target < 0) target = 0;
  if (target !== state.index) await select(target);
}

// ---- one flag ----

function showFlag(detail) {
  state.detail = detail;
  state.selected = 0;
  $("flag-empty").hidden = !!detail;
  $("flag-body").hidden = !detail;
  if (!detail) return;
  const flag = detail.flag;
  $("flag-title").textContent = `${flag.label} · ${flag.kind} · ${flag.rule}`;
  $("flag-status").textContent = flag.status !== "open" && flag.decidedBy ? `${flag.status} by ${flag.decidedBy}` : flag.status;
  $("flag-status").className = `pill ${flag.status}`;
  $("flag-message").textContent = flag.message;
  $("flag-key").textContent = `Subject: ${flag.subject ?? "unknown"} · attribute: ${flag.attribute ?? "unknown"}${flag.note ? ` · note: ${flag.note}` : ""}`;
  renderClaims();
  const charts = $("charts");
  charts.replaceChildren();
  for (const url of detail.charts) {
    const img = el("img", "chart");
    img.alt = "Every known value of this subject and attribute, the flagged ones marked";
    img.src = url;
    charts.append(img);
  }
}

function renderClaims() {
  const box = $("claims");
  box.replaceChildren();
  state.detail.claims.forEach((claim, i) => {
    const card = el("article", `claim ${claim.status}${i === state.selected ? " selected" : ""}`);
    card.tabIndex = -1;
    const head = el("header", "claim-head");
    head.append(el("kbd", null, i + 1), el("strong", null, claim.claimId), el("span", `pill ${claim.status}`, claim.status));
    const source = el("div", "muted", `${claim.document} · sentence ${claim.sentenceIndex} · offsets ${claim.start}–${claim.end}`);
    const sentence = el("blockquote", "sentence");
    sentence.append(document.createTextNode(claim.before), el("mark", null, claim.highlight), document.createTextNode(claim.after));
    const facts = el("dl", "claim-facts");
    const add = (term, value) => { if (value) facts.append(el("dt", null, term), el("dd", null, value)); };
    add("Subject", claim.subject);
    add("Attribute", claim.attribute);
    add("Value", claim.value);
    add("SI", claim.siValue);
    add("Conditions", claim.qualifiers.join(", "));
    add("Corrected", claim.corrected);
    add("Reviewed", claim.reviewedBy ? `by ${claim.reviewedBy}${claim.note ? ` — ${claim.note}` : ""}` : null);
    card.append(head, source, sentence, facts);
    card.addEventListener("click", () => { state.selected = i; renderClaims(); });
    box.append(card);
  });
}

function selectClaim(index) {
  if (!state.detail || index < 0 || index >= state.detail.claims.length) return;
  state.selected = index;
  renderClaims();
}

// ---- decisions ----

async function decide(action) {
  const detail = state.detail;
  if (action === "undo") return undo();
  if (!detail || state.busy) return;
  if (!reviewer()) { askName(); return; }
  const claims = detail.claims;
  const chosen = claims[state.selected];
  const others = claims.filter((c) => c !== chosen).map((c) => c.rowId);
  const body = { by: reviewer(), note: $("note").value };
  if (action === "accept") Object.assign(body, { accept: [chosen.rowId], reject: others });
  else if (action === "reject") body.reject = [chosen.rowId];
  else if (action === "keep-all") body.accept = claims.map((c) => c.rowId);
  else if (action === "reject-all") body.reject = claims.map((c) => c.rowId);
  else if (action === "defer") body.defer = true;
  else if (action === "correct") return askCorrection(chosen);
  await send(`/api/flags/${detail.flag.id}/decision`, body, decided);
}

function decided(outcome) {
  return `F${outcome.flagId} is ${outcome.flagStatus}: ${outcome.claimsChanged} claim${outcome.claimsChanged === 1 ? "" : "s"} decided (decision ${outcome.decision}, by ${reviewer()}).`;
}

// Keys wait while a decision is sent and the queue reloads: a key pressed meanwhile must not land on the old flag.
async function send(path, body, describe, focusOutcome) {
  if (state.busy) return null;
  state.busy = true;
  try {
    const outcome = await api(path, body);
    $("note").value = "";
    await Promise.all([loadQueue(focusOutcome && outcome ? outcome.flagId : undefined), loadDecisions()]);
    say(outcome ? describe(outcome) : "Nothing to undo.");
    return outcome;
  } catch (e) {
    say(e.message, true);
    return null;
  } finally { state.busy = false; }
}

async function undo() {
  if (!reviewer()) { askName(); return; }
  if (state.busy) return;
  await send("/api/undo", { by: reviewer(), note: $("note").value },
    (o) => `Undone: F${o.flagId} is ${o.flagStatus} again (decision ${o.decision}, by ${reviewer()}).`, true);
}

function askCorrection(claim) {
  if (claim.kind !== "numeric") { say("A category cannot be corrected here: reject the claim instead.", true); return; }
  $("correct-claim").textContent = claim.claimId;
  $("correct-text").textContent = claim.highlight || claim.value;
  $("correct-value").value = (claim.value || "").replace(/\s+\S+$/, "");
  $("correct-unit").value = claim.unit || "";
  $("correct-dialog").showModal();
  $("correct-value").select();
}

async function submitCorrection() {
  const claim = state.detail.claims[state.selected];
  const value = `${$("correct-value").value.trim().replace("–", "-")} ${$("correct-unit").value.trim()}`;
  await send(`/api/flags/${state.detail.flag.id}/decision`, { by: reviewer(), note: $("note").value, corrections: [{ claim: claim.rowId, value }] }, decided);
}

async function bulk(action) {
  if (!reviewer()) { askName(); return; }
  const count = state.total;
  const what = action === "defer" ? "Defer" : "Keep every claim of";
  if (count === 0 || !confirm(`${what} all ${count} flags matching this filter? Each becomes its own entry in the audit log.`)) return;
  state.busy = true;
  try {
    const result = await api("/api/bulk", { ...state.filter, action, expected: count, by: reviewer(), note: $("note").value });
    say(`${result.decided} flags decided${result.failed.length ? `; refused: ${result.failed.join("; ")}` : ""}`, result.failed.length > 0);
    await Promise.all([loadQueue(), loadDecisions()]);
  } catch (e) { say(e.message, true); } finally { state.busy = false; }
}

async function loadDecisions() {
  const list = $("decision-list");
  const decisions = await api("/api/decisions");
  list.replaceChildren();
  if (decisions.length === 0) list.append(el("li", "muted", "No decisions yet."));
  for (const d of decisions) {
    const item = el("li", `decision${d.undone ? " undone" : ""}${d.isUndo ? " is-undo" : ""}`);
    const head = el("div", "decision-head");
    head.append(el("strong", null, d.summary), el("span", "muted", ` #${d.decision} · ${d.by} · ${d.at.replace("T", " ").slice(0, 19)}`));
    item.append(head);
    for (const change of d.changes) item.append(el("div", "change", change));
    if (d.note) item.append(el("div", "note-text", `“${d.note}”`));
    const buttons = el("div", "decision-buttons");
    if (d.undoable) {
      const button = el("button", null, "Undo");
      button.type = "button";
      button.addEventListener("click", undo);
      buttons.append(button);
    }
    if (d.flagId) {
      const button = el("button", null, d.undone ? "Open flag" : "Open and decide again");
      button.type = "button";
      button.addEventListener("click", () => openFlag(d.flagId));
      buttons.append(button);
    }
    item.append(buttons);
    list.append(item);
  }
}

// ---- filters, name, keys ----

async function loadChoices() {
  const choices = await api("/api/choices");
  const fill = (select, values) => { for (const v of values) select.append(new Option(v, v)); };
  fill($("filters").elements.attribute, choices.attributes);
  fill($("filters").elements.rule, choices.rules);
  $("subjects").replaceChildren(...choices.subjects.map((s) => new Option(s)));
}

function applyFilter(event) {
  event.preventDefault();
  const form = $("filters").elements;
  state.filter = { status: form.status.value, subject: form.subject.value.trim(), attribute: form.attribute.value, rule: form.rule.value };
  state.index = 0;
  loadQueue().catch((e) => say(e.message, true));
}

function askName() {
  $("name-input").value = reviewer();
  $("name-dialog").showModal();
}

function showName() { $("reviewer-name").textContent = reviewer() || "not set"; }

const keys = {
  a: () => decide("accept"), r: () => decide("reject"), b: () => decide("keep-all"), x: () => decide("reject-all"),
  e: () => decide("correct"), d: () => decide("defer"), u: () => undo(), j: () => step(1), k: () => step(-1),
  h: () => selectClaim(state.selected - 1), l: () => selectClaim(state.selected + 1),
  ArrowLeft: () => selectClaim(state.selected - 1), ArrowRight: () => selectClaim(state.selected + 1),
  n: () => $("note").focus(), "?": () => $("help-dialog").showModal(),
};

function onKey(event) {
  if (event.ctrlKey || event.metaKey || event.altKey || document.querySelector("dialog[open]")) return;
  if (event.target.closest("input, select, textarea")) {
    if (event.key === "Escape") event.target.blur();
    return;
  }
  const action = /^[1-9]$/.test(event.key) ? () => selectClaim(Number(event.key) - 1) : keys[event.key];
  if (!action) return;
  event.preventDefault();
  Promise.resolve(action()).catch((e) => say(e.message, true));
}

function start() {
  document.addEventListener("keydown", onKey);
  $("filters").addEventListener("submit", applyFilter);
  $("queue-more").addEventListener("click", () => moreFlags());
  $("show-help").addEventListener("click", () => $("help-dialog").showModal());
  $("change-name").addEventListener("click", askName);
  $("bulk-defer").addEventListener("click", () => bulk("defer"));
  $("bulk-keep").addEventListener("click", () => bulk("keep-all"));
  for (const button of document.querySelectorAll("[data-action]")) button.addEventListener("click", () => decide(button.dataset.action));
  $("name-form").addEventListener("submit", () => {
    const name = $("name-input").value.trim();
    if (name) localStorage.setItem(nameKey, name);
    showName();
  });
  $("name-dialog").addEventListener("cancel", (event) => { if (!reviewer()) event.preventDefault(); });
  $("correct-form").addEventListener("submit", submitCorrection);
  $("correct-cancel").addEventListener("click", () => $("correct-dialog").close());
  showName();
  if (!reviewer()) askName();
  Promise.all([loadChoices(), loadQueue(), loadDecisions()]).catch((e) => say(e.message, true));
}

start();
