// The phone page: follows whichever process is open for voting, sends one ballot per
// process and round, and shows only text (textContent), never markup from the server.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const VOTER_KEY = "kotter-workshop-voter";
  const NAME_KEY = "kotter-workshop-name";
  // The token is the first part of the path: votes remembered per token, so a new
  // session on the laptop (a new token) starts with a clean page.
  const base = location.pathname.split("/")[1] || "";

  function store(key, value) {
    try { if (value === undefined) return localStorage.getItem(key); localStorage.setItem(key, value); }
    catch (e) { return null; }  // private mode: the id then lives as long as the page
    return null;
  }

  function newVoterId() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return "ph-" + Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  let voter = store(VOTER_KEY);
  if (!/^ph-[0-9a-f]{32}$/.test(voter || "")) { voter = newVoterId(); store(VOTER_KEY, voter); }

  let state = null;
  let version = 0;
  const chosen = JSON.parse(store("kotter-workshop-votes-" + base) || "{}");
  const statusOf = {};  // "process|round" -> [kind, text]

  const word = (key, values) => {
    let text = (state && state.strings && state.strings[key]) || key;
    for (const [k, v] of Object.entries(values || {})) text = text.replace("{" + k + "}", String(v));
    return text;
  };
  const el = (tag, props, children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (k === "text") node.textContent = v;
      else if (k === "class") node.className = v;
      else node.setAttribute(k, v);
    }
    for (const child of children || []) node.appendChild(child);
    return node;
  };

  function render() {
    if (!state) return;
    document.documentElement.lang = state.language || "en";
    document.title = state.title || word("page_title");
    $("session-title").textContent = state.title || word("page_title");
    const open = state.processes.length > 0;
    $("waiting").hidden = open;
    $("vote").hidden = !open;
    $("waiting-text").textContent = word("waiting");
    $("waiting-detail").textContent = word("waiting_detail");
    $("pdf-box").hidden = !state.pdf;
    $("pdf-intro").textContent = word("pdf_intro");
    $("pdf-link").textContent = word("pdf");
    $("summary-link").textContent = word("summary_page");
    if (!open) { $("processes").replaceChildren(); $("announce").textContent = word("waiting"); return; }
    $("question").textContent = state.question;
    $("name-box").hidden = !state.names;
    $("name-label").textContent = word("name_label");
    $("name-hint").textContent = word("name_hint");
    const many = state.processes.length > 1;
    $("progress").hidden = !many;
    const voted = state.processes.filter((p) => (p.id + "|" + p.round) in chosen).length;
    $("progress").textContent = word("of", { n: voted, total: state.processes.length });
    $("processes").replaceChildren(...state.processes.map(card));
  }

  function card(process) {
    const key = process.id + "|" + process.round;
    const side = process.side === "management" ? "management" : "leadership";
    const mine = chosen[key];
    const values = [];
    for (let v = state.scale.min; v <= state.scale.max; v++) {
      values.push(el("button", {
        type: "button", text: String(v), "aria-pressed": String(mine === v),
        "data-value": String(v), "data-process": process.id,
      }));
    }
    values.forEach((b) => b.addEventListener("click", () => vote(process, Number(b.dataset.value))));
    const abstain = el("button", {
      type: "button", class: "abstain", text: word("abstain"), "aria-pressed": String(mine === null),
      "data-value": "abstain", "data-process": process.id,
    });
    abstain.addEventListener("click", () => vote(process, null));
    const count = state.scale.max - state.scale.min + 1;
    const [kind, text] = statusOf[key] || ["", describe(mine)];
    return el("article", { class: "card " + side, "data-process": process.id }, [
      el("p", { class: "badge", text: word(side) }),
      el("h2", { text: process.title }),
      el("p", { class: "tagline", text: process.tagline }),
      ...(process.round > 1 ? [el("p", { class: "round", text: word("round", { round: process.round }) })] : []),
      el("div", { class: "values" + (count === 7 ? " n7" : ""), role: "group", "aria-label": process.title }, values),
      el("div", { class: "ends", "aria-hidden": "true" }, [
        el("span", { text: state.scale.min + " = " + word("weak") }),
        el("span", { text: state.scale.max + " = " + word("strong") }),
      ]),
      abstain,
      el("p", { class: "status" + (kind === "error" ? " error" : ""), text }),
    ]);
  }

  function describe(mine) {
    if (mine === undefined) return "";
    return mine === null ? word("your_abstention") : word("your_vote", { value: mine });
  }

  async function vote(process, value) {
    const key = process.id + "|" + process.round;
    statusOf[key] = ["", word("sending")];
    render();
    const body = { voter, process: process.id, round: process.round, value };
    const name = ($("name").value || "").trim();
    if (state.names && name) { body.name = name.slice(0, 60); store(NAME_KEY, body.name); }
    let response = null;
    try {
      response = await fetch("vote", {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body), cache: "no-store", credentials: "omit",
      });
    } catch (e) { response = null; }
    if (response && response.ok) {
      chosen[key] = value;
      store("kotter-workshop-votes-" + base, JSON.stringify(chosen));
      delete statusOf[key];
    } else if (response && response.status === 409) {
      statusOf[key] = ["error", word("closed")];
    } else if (response && response.status === 429) {
      const why = await response.json().catch(() => ({}));
      statusOf[key] = ["error", word(why.limit === "voters" ? "one_device" : "too_fast")];
    } else {
      statusOf[key] = ["error", word("not_sent")];
    }
    render();
    // One region that stays in the page says the outcome: the cards are rebuilt on each
    // render, and a screen reader does not read a live region that was just inserted.
    const [, said] = statusOf[key] || ["", describe(chosen[key])];
    $("announce").textContent = process.title + ": " + said;
  }

  async function follow() {
    for (;;) {
      try {
        const response = await fetch("state?since=" + version, { cache: "no-store", credentials: "omit" });
        if (!response.ok) throw new Error(String(response.status));
        const next = await response.json();
        $("offline").hidden = true;
        if (next.version !== version) { state = next; version = next.version; render(); }
      } catch (e) {
        $("offline").textContent = word("offline");
        $("offline").hidden = false;
        await new Promise((r) => setTimeout(r, 2000));
      }
    }
  }

  $("name").value = store(NAME_KEY) || "";
  follow();
})();
