// The phone page: follows whichever process is open for voting, sends one ballot per
// process and round, notes and dots to the board the facilitator opened, and shows
// only text (textContent), never markup from the server or from other phones' notes.
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
    const board = state.board || null;
    $("waiting").hidden = open || board !== null;
    $("vote").hidden = !open;
    $("waiting-text").textContent = word("waiting");
    $("waiting-detail").textContent = word("waiting_detail");
    $("pdf-box").hidden = !state.pdf;
    $("pdf-intro").textContent = word("pdf_intro");
    $("pdf-link").textContent = word("pdf");
    $("summary-link").textContent = word("summary_page");
    $("name-box").hidden = !(state.names && (open || board !== null));
    $("name-label").textContent = word("name_label");
    $("name-hint").textContent = word("name_hint");
    renderBoard(board);
    if (!open) {
      $("processes").replaceChildren();
      if (board === null) $("announce").textContent = word("waiting");
      return;
    }
    $("question").textContent = state.question;
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
    const response = await post("vote", withName(body));
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

  function withName(body) {
    const name = ($("name").value || "").trim();
    if (state.names && name) { body.name = name.slice(0, 60); store(NAME_KEY, body.name); }
    return body;
  }

  async function post(path, body) {
    try {
      return await fetch(path, {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body), cache: "no-store", credentials: "omit",
      });
    } catch (e) { return null; }
  }

  // -- notes and dots from phones: the board the facilitator opened (W or D) --------------
  const REASONS = {
    "the note is empty": "note_empty", "a note holds at most 280 characters": "note_too_long",
    "a note holds at most 6 lines": "note_lines", "the note holds control characters": "note_control",
    "the note looks like markup; send plain text": "note_markup",
    "more dots than a phone has": "no_dots_left", "one dot per note": "one_per_note",
  };
  let boardStatus = ["", ""];
  let boardKey = "";
  let sent = 0;
  let myDots = [];
  let myDotsPanel = null;
  let busy = false;
  const dotsKey = (panel) => "kotter-workshop-dots-" + base + "-" + panel;

  async function refusal(response) {
    if (response && response.status === 409) return word("board_closed");
    if (response && response.status === 429) {
      const why = await response.json().catch(() => ({}));
      return word(why.limit === "voters" ? "one_device" : "too_fast");
    }
    if (response && response.status === 400) {
      const why = await response.json().catch(() => ({}));
      if (REASONS[why.error]) return word(REASONS[why.error]);
    }
    return word("not_sent");
  }

  function renderBoard(board) {
    $("board").hidden = board === null;
    if (board === null) return;
    const key = board.panel + "|" + board.mode;
    if (key !== boardKey) { boardKey = key; boardStatus = ["", ""]; }
    const notes = board.mode === "notes";
    $("board-kicker").textContent = word(notes ? "notes_kicker" : "dots_kicker");
    $("board-title").textContent = board.title;
    $("board-question").textContent = board.question;
    $("board-question").hidden = !board.question;
    $("note-form").hidden = !notes;
    $("dots-box").hidden = notes;
    $("note-label").textContent = word("note_label");
    $("note-send").textContent = word("send_note");
    $("note-send").disabled = busy;
    countChars();
    if (!notes) renderDots(board);
    $("board-status").className = "status" + (boardStatus[0] === "error" ? " error" : "");
    $("board-status").textContent = boardStatus[1];
  }

  function countChars() {
    $("note-count").textContent = word("note_count", { n: Array.from($("note-text").value).length });
  }

  // A note keeps its key across resends, so a note that did reach the laptop is never
  // added twice; a new key once it is answered (sent or refused) or its words change.
  let pending = null;  // {panel, text, key} of the note not yet answered
  const BACK_OFF = [1000, 2000, 4000, 8000];  // ms before each resend: lost packets, a slow disk
  const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

  async function sendNote(event) {
    event.preventDefault();
    const board = state && state.board;
    if (!board || board.mode !== "notes" || busy) return;
    const text = $("note-text").value;
    if (!text.trim()) { boardStatus = ["error", word("note_empty")]; render(); return; }
    if (!pending || pending.panel !== board.panel || pending.text !== text) {
      pending = { panel: board.panel, text, key: newVoterId().slice(3) };
    }
    busy = true;
    boardStatus = ["", word("sending")];
    render();
    let response = null;
    for (let attempt = 0; ; attempt += 1) {
      response = await post("note", withName({ voter, panel: board.panel, text, key: pending.key }));
      const answered = response && response.status !== 408 && response.status < 500;
      if (answered || attempt === BACK_OFF.length) break;
      boardStatus = ["", word("note_retrying")];
      render();
      await sleep(BACK_OFF[attempt]);
    }
    if (response && response.ok) {
      pending = null;
      if ($("note-text").value === text) $("note-text").value = "";
      sent += 1;
      boardStatus = ["", word("note_sent") + " " + word(sent === 1 ? "one_note_sent" : "notes_sent", { n: sent })];
    } else if (response && response.status !== 408 && response.status < 500) {
      pending = null;  // refused: nothing was added
      boardStatus = ["error", await refusal(response)];
    } else {
      boardStatus = ["error", word("note_not_through")];
    }
    busy = false;
    render();
    $("announce").textContent = boardStatus[1];
  }

  function renderDots(board) {
    if (myDotsPanel !== board.panel) {
      myDotsPanel = board.panel;
      const kept = store(dotsKey(board.panel));
      try { myDots = JSON.parse(kept || "[]"); } catch (e) { myDots = []; }
      if (!Array.isArray(myDots)) myDots = [];
      if (kept === null) askMyDots(board.panel);  // a new address, or forgotten: the laptop knows
    }
    const known = new Set(board.groups.flatMap((g) => g.notes.map((n) => n.id)));
    myDots = myDots.filter((id) => known.has(id)).slice(0, board.dots);
    const left = board.dots - myDots.length;
    $("dots-left").textContent = word("dots_left", { left, total: board.dots }) +
      (board.one_per_note ? " " + word("one_per_note") : "");
    const titled = board.groups.length > 1;  // no heading when no note is in a group
    const shown = board.groups.map((g) => el("section", { class: "dot-group" }, [
      ...(titled ? [el("h2", { class: "group", text: g.title || word("other_notes") })] : []),
      ...g.notes.map((n) => dotRow(board, n, left)),
    ]));
    if (!shown.length) shown.push(el("p", { class: "detail", text: word("no_notes") }));
    $("groups").replaceChildren(...shown);
  }

  async function askMyDots(panel) {
    try {
      const query = "dots?voter=" + encodeURIComponent(voter) + "&panel=" + encodeURIComponent(panel);
      const response = await fetch(query, { cache: "no-store", credentials: "omit" });
      if (!response.ok) return;
      const answer = await response.json();
      if (myDotsPanel !== panel || busy || !Array.isArray(answer.notes)) return;
      myDots = answer.notes.filter((id) => typeof id === "string");
      store(dotsKey(panel), JSON.stringify(myDots));
      render();
    } catch (e) { /* offline for a moment: the page starts with all its dots to place */ }
  }

  function dotRow(board, note, left) {
    const mine = myDots.filter((id) => id === note.id).length;
    const label = note.text.length > 60 ? note.text.slice(0, 60) + "…" : note.text;
    const remove = el("button", {
      type: "button", text: "−", "aria-label": word("remove_dot") + ": " + label, "data-dot": "remove",
    });
    remove.disabled = busy || mine === 0;
    remove.addEventListener("click", () => {
      const next = myDots.slice();
      next.splice(next.indexOf(note.id), 1);
      sendDots(board, next);
    });
    const add = el("button", {
      type: "button", text: "+", "aria-label": word("add_dot") + ": " + label, "data-dot": "add",
    });
    add.disabled = busy || left <= 0 || (board.one_per_note && mine > 0);
    add.addEventListener("click", () => sendDots(board, myDots.concat([note.id])));
    return el("article", { class: "dot-note", "data-note": note.id }, [
      el("p", { text: note.text }), remove, add,
      el("p", { class: "mine", text: mine ? word("your_dots", { n: mine }) : "" }),
    ]);
  }

  async function sendDots(board, next) {
    busy = true;
    boardStatus = ["", word("sending")];
    render();
    const response = await post("dots", withName({ voter, panel: board.panel, notes: next }));
    if (response && response.ok) {
      myDots = next;
      store(dotsKey(board.panel), JSON.stringify(next));
      boardStatus = ["", word("dots_saved")];
    } else {
      boardStatus = ["error", await refusal(response)];
    }
    busy = false;
    render();
    $("announce").textContent = boardStatus[1];
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
  $("note-form").addEventListener("submit", sendNote);
  $("note-text").addEventListener("input", countChars);
  follow();
})();
