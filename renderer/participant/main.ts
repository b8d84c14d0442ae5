import type { Answer } from '../../shared/domain/polls';
import type { LocalizedText } from '../../shared/domain/text';
import { isSessionCode, normaliseSessionCode } from '../../shared/participant/session-code';
import {
  PARTICIPANT_LIMITS,
  SESSION_QUERY,
  type JoinReply,
  type MeReply,
  type MyBallot,
  type PhonePoll,
  type PhoneStreamEvents,
  type PhoneView,
  type VoteReply,
} from '../../shared/participant/wire';
import { call, deviceToken, retryable, sleep, type ApiResult } from './api';
import { append, clear, el, uid } from './dom';
import { myBallotFor as ballotOf, screenFor, type Screen } from './screen';
import { STRINGS, type PhoneLanguage, type Strings } from './strings';
import { setThaiText, thaiText } from './thai';
import './phone.css';

/**
 * The phone page: join, vote, see results. Plain TypeScript and the DOM (no framework), so it
 * loads fast on a weak Wi-Fi and old phones. It follows the live view the server streams (SSE)
 * and asks for this device's own ballot when it (re)connects; the host is the only judge of a
 * vote, and "sent" is shown only after the host committed it.
 */

type Draft = {
  key: string;
  current: number | 'abstain' | null;
  target: number | null;
  choice: string | null;
  choices: string[];
  text: string;
  dots: Record<string, number>;
};

const state = {
  lang: 'th' as PhoneLanguage,
  langChosen: false,
  session: null as string | null,
  token: '',
  view: null as PhoneView | null,
  me: null as MeReply | null,
  connection: 'connecting' as 'connecting' | 'connected' | 'reconnecting',
  wrongSession: false,
  editingAnswer: false,
  editingProfile: false,
  sending: false,
  message: null as { text: string; kind: 'error' | 'info' } | null,
  draft: null as Draft | null,
  screenKey: '',
};

const root = document.getElementById('app')!;
const t = (): Strings => STRINGS[state.lang];
const pick = (text: LocalizedText): string => text[state.lang] || text[state.lang === 'th' ? 'en' : 'th'];

// ── Boot ─────────────────────────────────────────────────────────────────────────────────────

function boot(): void {
  try {
    const saved = window.localStorage.getItem('ruam.lang');
    if (saved === 'th' || saved === 'en') {
      state.lang = saved;
      state.langChosen = true;
    }
  } catch {
    // No storage: Thai, as every Ruam page starts.
  }
  const match = /^\/j\/([A-Za-z0-9]+)\/?$/.exec(window.location.pathname);
  const code = match ? normaliseSessionCode(match[1]!) : null;
  state.session = code && isSessionCode(code) ? code : null;
  state.token = deviceToken();
  render();
  if (state.session) connect();
}

// ── Live stream ──────────────────────────────────────────────────────────────────────────────

let source: EventSource | null = null;
let meTimer = 0;

function connect(): void {
  const url = `/api/events?${SESSION_QUERY}=${encodeURIComponent(state.session!)}`;
  source = new EventSource(url);
  source.onopen = () => {
    state.connection = 'connected';
    render();
    void refreshMe(0);
  };
  source.onerror = () => {
    state.connection = 'reconnecting';
    render();
    // EventSource retries by itself (the server's `retry:`) unless the server refused the stream
    // (503 when full, 403 for a wrong code): then it stops, and the page tries again later.
    if (source && source.readyState === 2) {
      source.close();
      source = null;
      setTimeout(() => void checkSessionThenConnect(), 3000 + Math.random() * 4000);
    }
  };
  source.addEventListener('snapshot', (event) => {
    // A fresh connection starts over, even if the host restarted and counts from 1 again.
    const view = JSON.parse((event as MessageEvent<string>).data) as PhoneStreamEvents['snapshot'];
    applyView(view);
  });
  source.addEventListener('workshop', (event) => {
    const part = JSON.parse((event as MessageEvent<string>).data) as PhoneStreamEvents['workshop'];
    if (!state.view || part.rev < state.view.rev) return;
    applyView({ rev: part.rev, workshop: part.workshop, poll: state.view.poll, tally: state.view.tally });
  });
  source.addEventListener('poll', (event) => {
    const part = JSON.parse((event as MessageEvent<string>).data) as PhoneStreamEvents['poll'];
    if (!state.view || part.rev < state.view.rev) return;
    applyView({ rev: part.rev, workshop: state.view.workshop, poll: part.poll, tally: state.view.tally });
  });
  source.addEventListener('tally', (event) => {
    const part = JSON.parse((event as MessageEvent<string>).data) as PhoneStreamEvents['tally'];
    if (!state.view || part.rev < state.view.rev) return;
    state.view = { rev: part.rev, workshop: state.view.workshop, poll: state.view.poll, tally: part.tally };
    updateLive();
  });
}

/** After a refused stream: a wrong code shows its message; anything else reconnects. */
async function checkSessionThenConnect(): Promise<void> {
  const result = await call<MeReply>(state.session!, state.token, 'GET', '/api/me');
  if (!result.ok && result.error && result.error.code === 'WRONG_SESSION') {
    state.wrongSession = true;
    render();
    return;
  }
  connect();
}

function pollKey(poll: PhonePoll | null): string {
  return poll ? `${poll.pollId}#${poll.round}` : '';
}

function applyView(view: PhoneView): void {
  const before = state.view;
  state.view = view;
  if (!state.langChosen && view.workshop) state.lang = view.workshop.language;
  const was = before ? pollKey(before.poll) : '';
  const now = pollKey(view.poll);
  const closedNow = !!view.poll && view.poll.state !== 'open' && !!before && !!before.poll && before.poll.state === 'open';
  if (was !== now || closedNow) {
    // A new question, or this one closed: no half-finished change of answer carries over.
    state.editingAnswer = false;
    state.message = null;
    // A new question: ask for this device's ballot (spread over a second so a room of phones
    // does not ask all at once).
    if (now && before) void refreshMe(Math.random() * 1000);
  }
  render();
}

async function refreshMe(delayMs: number): Promise<void> {
  window.clearTimeout(meTimer);
  await new Promise<void>((resolve) => {
    meTimer = window.setTimeout(resolve, delayMs);
  });
  const result = await call<MeReply>(state.session!, state.token, 'GET', '/api/me');
  if (result.ok) {
    state.me = result.value;
    state.wrongSession = false;
  } else if (result.error && result.error.code === 'WRONG_SESSION') {
    state.wrongSession = true;
  } else if (result.error && result.error.code === 'NO_WORKSHOP') {
    state.me = null;
  }
  render();
}

// ── Sending ──────────────────────────────────────────────────────────────────────────────────

/** Send with retries on a lost connection or a busy server; the request is safe to repeat. */
async function send<T>(path: string, body: unknown): Promise<ApiResult<T>> {
  state.sending = true;
  state.message = { text: t().sending, kind: 'info' };
  updateLive();
  let result = await call<T>(state.session!, state.token, 'POST', path, body);
  for (let attempt = 1; attempt <= 5 && retryable(result); attempt++) {
    state.message = { text: t().retrying, kind: 'info' };
    updateLive();
    await sleep(Math.min(8000, 500 * Math.pow(2, attempt)) + Math.random() * 500);
    result = await call<T>(state.session!, state.token, 'POST', path, body);
  }
  state.sending = false;
  if (result.ok) state.message = null;
  else if (result.network || retryable(result)) state.message = { text: t().sendFailed, kind: 'error' };
  else state.message = { text: result.error ? pick(result.error.message) : t().refused, kind: 'error' };
  if (!result.ok && result.error && result.error.code === 'WRONG_SESSION') state.wrongSession = true;
  return result;
}

async function submitJoin(form: HTMLFormElement): Promise<void> {
  const data = new FormData(form);
  const consent = data.get('consent') === 'on';
  const body = {
    name: String(data.get('name') || ''),
    sector: String(data.get('sector') || ''),
    socialGroups: consent ? data.getAll('group').map(String) : [],
    groupsConsent: consent,
  };
  const result = await send<JoinReply>('/api/join', body);
  if (result.ok) {
    state.me = { joined: true, profile: result.value.profile, ballot: state.me ? state.me.ballot : null };
    state.editingProfile = false;
    void refreshMe(0);
  }
  render();
}

async function submitVote(poll: PhonePoll): Promise<void> {
  const answer = draftAnswer(poll);
  if (!answer) {
    state.message = { text: t().pickSomething, kind: 'error' };
    updateLive();
    return;
  }
  const result = await send<VoteReply>('/api/vote', { pollId: poll.pollId, round: poll.round, answer });
  if (result.ok) {
    state.me = { joined: true, profile: state.me ? state.me.profile : null, ballot: result.value.ballot };
    state.editingAnswer = false;
  } else if (result.error && (result.error.reason === 'already-voted' || result.error.code === 'NOT_JOINED')) {
    void refreshMe(0);
  }
  render();
}

function draftAnswer(poll: PhonePoll): Answer | null {
  const d = state.draft;
  if (!d) return null;
  switch (poll.kind) {
    case 'maturity':
      return d.current === null ? null : { kind: 'maturity', current: d.current, target: poll.askTarget ? d.target : null };
    case 'single':
      return d.choice ? { kind: 'single', choice: d.choice } : null;
    case 'multiple':
      return d.choices.length > 0 ? { kind: 'multiple', choices: d.choices.slice() } : null;
    case 'text':
      return d.text.trim() ? { kind: 'text', text: d.text } : null;
    case 'dots': {
      const dots: Record<string, number> = {};
      let total = 0;
      for (const id of Object.keys(d.dots)) {
        const n = d.dots[id] || 0;
        if (n > 0) {
          dots[id] = n;
          total += n;
        }
      }
      return total > 0 ? { kind: 'dots', dots } : null;
    }
  }
}

function draftFor(poll: PhonePoll): Draft {
  const key = pollKey(poll);
  if (state.draft && state.draft.key === key) return state.draft;
  const draft: Draft = { key, current: null, target: null, choice: null, choices: [], text: '', dots: {} };
  // Changing a vote starts from the ballot as sent.
  const mine = myBallotFor(poll);
  if (mine) {
    const a = mine.answer;
    if (a.kind === 'maturity') {
      draft.current = a.current;
      draft.target = a.target;
    } else if (a.kind === 'single') draft.choice = a.choice;
    else if (a.kind === 'multiple') draft.choices = a.choices.slice();
    else if (a.kind === 'text') draft.text = a.text;
    else if (a.kind === 'dots') for (const id of Object.keys(a.dots)) draft.dots[id] = a.dots[id]!;
  }
  state.draft = draft;
  return draft;
}

function myBallotFor(poll: PhonePoll): MyBallot | null {
  return ballotOf(state.me, poll);
}

// ── Rendering ────────────────────────────────────────────────────────────────────────────────

function screen(): Screen {
  return screenFor({
    session: state.session,
    wrongSession: state.wrongSession,
    view: state.view,
    me: state.me,
    editingProfile: state.editingProfile,
    editingAnswer: state.editingAnswer,
  });
}

/** Live bits, updated in place so a tally or a "sending" notice never rebuilds a form. */
const live = {
  status: null as HTMLElement | null,
  count: null as HTMLElement | null,
  message: null as HTMLElement | null,
  submit: null as HTMLButtonElement | null,
};

function render(): void {
  document.documentElement.lang = state.lang;
  document.title = `${t().brand}${state.view && state.view.workshop && state.view.workshop.title ? ` · ${state.view.workshop.title}` : ''}`;
  const s = screen();
  const poll = state.view ? state.view.poll : null;
  const key = [s, state.lang, pollKey(poll), poll ? poll.state : '', JSON.stringify(poll ? poll.results : null), JSON.stringify(state.me), state.view && state.view.workshop ? JSON.stringify(state.view.workshop) : ''].join('|');
  if (key !== state.screenKey) {
    state.screenKey = key;
    build(s);
  }
  updateLive();
}

function updateLive(): void {
  if (live.status) {
    setThaiText(live.status, state.connection === 'connected' ? t().connected : state.connection === 'reconnecting' ? t().reconnecting : t().connecting);
    live.status.className = `status status-${state.connection}`;
  }
  if (live.count) {
    const tally = state.view ? state.view.tally : null;
    setThaiText(live.count, tally && tally.pollId ? t().responses(tally.responses) : '');
  }
  if (live.message) {
    setThaiText(live.message, state.message ? state.message.text : '');
    live.message.className = `message${state.message ? ` message-${state.message.kind}` : ''}`;
  }
  if (live.submit) {
    live.submit.disabled = state.sending;
    live.submit.setAttribute('aria-busy', state.sending ? 'true' : 'false');
  }
}

function build(s: Screen): void {
  clear(root);
  live.count = null;
  live.submit = null;
  const strings = t();

  const languageButton = el('button', { type: 'button', class: 'lang', lang: state.lang === 'th' ? 'en' : 'th', 'aria-label': strings.switchLanguageName }, strings.switchLanguage);
  languageButton.addEventListener('click', () => {
    state.lang = state.lang === 'th' ? 'en' : 'th';
    state.langChosen = true;
    try {
      window.localStorage.setItem('ruam.lang', state.lang);
    } catch {
      // Not remembered; fine.
    }
    render();
  });
  live.status = el('p', { class: 'status', role: 'status' });
  const title = state.view && state.view.workshop ? state.view.workshop.title : '';
  append(root, [
    el(
      'header',
      { class: 'bar' },
      el('div', { class: 'bar-text' }, el('p', { class: 'brand' }, strings.brand), title ? el('p', { class: 'workshop' }, title) : null, state.session ? live.status : null),
      languageButton,
    ),
  ]);

  const main = el('main', { class: 'screen', id: 'main', 'data-screen': s });
  root.appendChild(main);
  live.message = el('p', { class: 'message', role: 'alert', 'aria-live': 'assertive' });

  switch (s) {
    case 'code':
      buildCode(main);
      break;
    case 'wrong-session':
      append(main, [el('h1', {}, strings.codeTitle), el('p', { class: 'lead' }, strings.wrongSession)]);
      buildCode(main);
      break;
    case 'loading':
      append(main, [el('p', { class: 'lead' }, strings.connecting)]);
      break;
    case 'no-workshop':
      append(main, [el('h1', {}, strings.waitingTitle), el('p', { class: 'lead' }, strings.noWorkshop)]);
      break;
    case 'join-closed':
      append(main, [el('h1', {}, strings.joinTitle), el('p', { class: 'lead' }, strings.joinClosed)]);
      break;
    case 'join':
      buildJoin(main);
      break;
    case 'waiting':
      append(main, [el('h1', {}, strings.waitingTitle), el('p', { class: 'lead' }, strings.waitingHelp)]);
      break;
    case 'vote':
      buildVote(main, state.view!.poll!);
      break;
    case 'voted':
      buildVoted(main, state.view!.poll!);
      break;
    case 'closed':
      buildClosed(main, state.view!.poll!);
      break;
    case 'results':
      buildResults(main, state.view!.poll!);
      break;
  }
  main.appendChild(live.message);
  if (state.me && state.me.joined && !state.editingProfile && (s === 'waiting' || s === 'voted' || s === 'closed' || s === 'results')) {
    const profile = state.me.profile;
    const edit = el('button', { type: 'button', class: 'link' }, strings.editProfile);
    edit.addEventListener('click', () => {
      state.editingProfile = true;
      state.message = null;
      render();
    });
    append(main, [el('footer', { class: 'me' }, el('p', {}, strings.joinedAs(profile ? profile.name : '')), edit)]);
  }
}

function buildCode(main: HTMLElement): void {
  const strings = t();
  const inputId = uid('code');
  const input = el('input', {
    id: inputId,
    name: 'code',
    class: 'code-input',
    inputmode: 'text',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    maxlength: '6',
    required: true,
    'aria-describedby': `${inputId}-help`,
  });
  const form = el(
    'form',
    { class: 'stack', novalidate: true },
    state.wrongSession ? null : el('h1', {}, strings.codeTitle),
    el('label', { for: inputId }, strings.codeLabel),
    el('p', { id: `${inputId}-help`, class: 'help' }, strings.codeHelp),
    input,
    el('button', { type: 'submit', class: 'primary' }, strings.codeGo),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const code = normaliseSessionCode(input.value);
    if (!isSessionCode(code)) {
      state.message = { text: strings.codeInvalid, kind: 'error' };
      updateLive();
      input.focus();
      return;
    }
    window.location.assign(`/j/${code}`);
  });
  main.appendChild(form);
}

function buildJoin(main: HTMLElement): void {
  const strings = t();
  const workshop = state.view!.workshop!;
  const profile = state.me && state.me.profile ? state.me.profile : { name: '', sector: '', socialGroups: [] as string[], groupsConsent: false };
  const nameId = uid('name');
  const sectorId = uid('sector');
  const consentId = uid('consent');

  const sector = el('select', { id: sectorId, name: 'sector' }, el('option', { value: '' }, strings.sectorNone));
  for (const option of workshop.sectors) sector.appendChild(el('option', { value: option.id, selected: option.id === profile.sector }, pick(option.label)));

  const consent = el('input', { type: 'checkbox', id: consentId, name: 'consent', checked: profile.groupsConsent });
  const groupBoxes: HTMLInputElement[] = [];
  const groups = el('fieldset', { class: 'choices groups' }, el('legend', {}, strings.groupsLegend));
  const groupsHelp = el('p', { class: 'help' }, strings.groupsNeedConsent);
  groups.appendChild(groupsHelp);
  for (const group of workshop.socialGroups) {
    const id = uid('group');
    const box = el('input', { type: 'checkbox', id, name: 'group', value: group.id, checked: profile.socialGroups.indexOf(group.id) >= 0 });
    groupBoxes.push(box);
    groups.appendChild(el('div', { class: 'choice' }, box, el('label', { for: id }, pick(group.label))));
  }
  const syncConsent = () => {
    for (const box of groupBoxes) {
      box.disabled = !consent.checked;
      if (!consent.checked) box.checked = false;
    }
    groupsHelp.hidden = consent.checked;
  };
  consent.addEventListener('change', syncConsent);
  syncConsent();

  const submit = el('button', { type: 'submit', class: 'primary' }, state.editingProfile ? strings.saveProfile : strings.joinButton);
  live.submit = submit;
  const form = el(
    'form',
    { class: 'stack', novalidate: true },
    el('h1', {}, state.editingProfile ? strings.editProfile : strings.joinTitle),
    el('p', { class: 'lead' }, strings.joinIntro),
    el('section', { class: 'notice', 'aria-label': strings.privacy }, el('h2', {}, strings.privacy), el('p', {}, pick(workshop.pdpaNotice))),
    el('label', { for: nameId }, strings.nameLabel),
    el('input', { id: nameId, name: 'name', type: 'text', autocomplete: 'name', maxlength: String(PARTICIPANT_LIMITS.nameChars), value: profile.name }),
    el('label', { for: sectorId }, strings.sectorLabel),
    sector,
    el('div', { class: 'choice consent' }, consent, el('label', { for: consentId }, strings.groupsConsent)),
    groups,
    submit,
  );
  if (state.editingProfile) {
    const cancel = el('button', { type: 'button', class: 'secondary' }, strings.cancel);
    cancel.addEventListener('click', () => {
      state.editingProfile = false;
      state.message = null;
      render();
    });
    form.appendChild(cancel);
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!state.sending) void submitJoin(form);
  });
  main.appendChild(form);
}

function questionHeader(poll: PhonePoll): HTMLElement {
  const strings = t();
  const header = el('div', { class: 'question' });
  // The default maturity question already starts with the component ("01 …: …"): no second heading.
  const eyebrow = poll.component ? `${poll.component.code} ${pick(poll.component.name)}` : '';
  if (eyebrow && pick(poll.question).indexOf(eyebrow) !== 0) header.appendChild(el('p', { class: 'eyebrow' }, eyebrow));
  header.appendChild(el('h1', { id: 'question' }, pick(poll.question)));
  if (poll.round > 1) header.appendChild(el('p', { class: 'help' }, strings.round(poll.round)));
  return header;
}

function liveCount(): HTMLElement {
  live.count = el('p', { class: 'count', 'aria-live': 'polite' });
  return live.count;
}

function radio(name: string, value: string, checked: boolean, label: Node[], onPick: () => void): HTMLElement {
  const id = uid(name);
  const input = el('input', { type: 'radio', id, name, value, checked });
  input.addEventListener('change', onPick);
  const labelNode = el('label', { for: id });
  append(labelNode, label);
  return el('div', { class: 'choice' }, input, labelNode);
}

function buildVote(main: HTMLElement, poll: PhonePoll): void {
  const strings = t();
  const draft = draftFor(poll);
  const form = el('form', { class: 'stack', novalidate: true, 'aria-labelledby': 'question' });
  form.appendChild(questionHeader(poll));

  switch (poll.kind) {
    case 'maturity': {
      const current = el('fieldset', { class: 'choices levels' }, el('legend', {}, strings.currentLevel));
      const levels = poll.levels || [1, 2, 3, 4, 5].map((n) => ({ level: n, name: { th: '', en: '' }, description: { th: '', en: '' } }));
      for (const level of levels) {
        current.appendChild(
          radio('current', String(level.level), draft.current === level.level, [
            el('span', { class: 'level-name' }, `${strings.level(level.level)}${pick(level.name) ? ` · ${pick(level.name)}` : ''}`),
            ...(pick(level.description) ? [el('span', { class: 'level-description' }, pick(level.description))] : []),
          ], () => {
            draft.current = level.level;
          }),
        );
      }
      current.appendChild(radio('current', 'abstain', draft.current === 'abstain', [el('span', { class: 'level-name' }, strings.abstain), el('span', { class: 'level-description' }, strings.abstainHint)], () => {
        draft.current = 'abstain';
      }));
      form.appendChild(current);
      if (poll.askTarget) {
        const target = el('fieldset', { class: 'choices targets' }, el('legend', {}, strings.targetLevel));
        for (const level of levels) {
          target.appendChild(radio('target', String(level.level), draft.target === level.level, [el('span', { class: 'level-name' }, `${strings.level(level.level)}${pick(level.name) ? ` · ${pick(level.name)}` : ''}`)], () => {
            draft.target = level.level;
          }));
        }
        target.appendChild(radio('target', '', draft.target === null, [el('span', { class: 'level-name' }, strings.noTarget)], () => {
          draft.target = null;
        }));
        form.appendChild(target);
      }
      break;
    }
    case 'single': {
      const set = el('fieldset', { class: 'choices' }, el('legend', { class: 'visually-hidden' }, pick(poll.question)));
      for (const option of poll.options) {
        set.appendChild(radio('choice', option.id, draft.choice === option.id, [thaiText(pick(option.label))], () => {
          draft.choice = option.id;
        }));
      }
      form.appendChild(set);
      break;
    }
    case 'multiple': {
      const max = poll.maxChoices || poll.options.length;
      const set = el('fieldset', { class: 'choices' }, el('legend', {}, strings.chooseAtMost(max)));
      const boxes: HTMLInputElement[] = [];
      const sync = () => {
        for (const box of boxes) box.disabled = !box.checked && draft.choices.length >= max;
      };
      for (const option of poll.options) {
        const id = uid('choice');
        const box = el('input', { type: 'checkbox', id, name: 'choices', value: option.id, checked: draft.choices.indexOf(option.id) >= 0 });
        box.addEventListener('change', () => {
          draft.choices = poll.options.map((o) => o.id).filter((oid) => (oid === option.id ? box.checked : draft.choices.indexOf(oid) >= 0));
          sync();
        });
        boxes.push(box);
        set.appendChild(el('div', { class: 'choice' }, box, el('label', { for: id }, pick(option.label))));
      }
      sync();
      form.appendChild(set);
      break;
    }
    case 'text': {
      const id = uid('text');
      const counter = el('p', { class: 'help', id: `${id}-count` });
      const area = el('textarea', { id, name: 'text', rows: '5', maxlength: String(PARTICIPANT_LIMITS.textChars), 'aria-describedby': `${id}-count ${id}-note` });
      area.value = draft.text;
      const sync = () => {
        draft.text = area.value;
        setThaiText(counter, strings.textCount(area.value.length, PARTICIPANT_LIMITS.textChars));
      };
      area.addEventListener('input', sync);
      sync();
      append(form, [el('label', { for: id }, strings.textLabel), area, counter, el('p', { class: 'help', id: `${id}-note` }, strings.textModeration)]);
      break;
    }
    case 'dots': {
      const budget = poll.maxChoices || 3;
      const left = el('p', { class: 'dots-left', 'aria-live': 'polite' });
      const used = () => Object.keys(draft.dots).reduce((sum, id) => sum + (draft.dots[id] || 0), 0);
      const rows: Array<() => void> = [];
      const syncAll = () => {
        setThaiText(left, strings.dotsLeft(budget - used()));
        for (const sync of rows) sync();
      };
      const list = el('div', { class: 'dots', role: 'group', 'aria-label': pick(poll.question) });
      for (const option of poll.options) {
        const label = pick(option.label);
        const count = el('span', { class: 'dot-count' });
        const minus = el('button', { type: 'button', class: 'stepper', 'aria-label': strings.dotsRemove(label) }, '−');
        const plus = el('button', { type: 'button', class: 'stepper', 'aria-label': strings.dotsAdd(label) }, '+');
        minus.addEventListener('click', () => {
          draft.dots[option.id] = Math.max(0, (draft.dots[option.id] || 0) - 1);
          syncAll();
        });
        plus.addEventListener('click', () => {
          if (used() < budget) draft.dots[option.id] = (draft.dots[option.id] || 0) + 1;
          syncAll();
        });
        rows.push(() => {
          const n = draft.dots[option.id] || 0;
          setThaiText(count, strings.dotsOn(n));
          minus.disabled = n === 0;
          plus.disabled = used() >= budget;
        });
        list.appendChild(el('div', { class: 'dot-row' }, el('span', { class: 'dot-label' }, label), el('div', { class: 'dot-controls' }, minus, count, plus)));
      }
      append(form, [left, list]);
      syncAll();
      break;
    }
  }

  const submit = el('button', { type: 'submit', class: 'primary' }, strings.send);
  live.submit = submit;
  form.appendChild(submit);
  if (state.editingAnswer) {
    const cancel = el('button', { type: 'button', class: 'secondary' }, strings.cancel);
    cancel.addEventListener('click', () => {
      state.editingAnswer = false;
      state.draft = null;
      state.message = null;
      render();
    });
    form.appendChild(cancel);
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!state.sending) void submitVote(poll);
  });
  append(main, [form, liveCount()]);
}

function answerText(poll: PhonePoll, answer: Answer): string {
  const strings = t();
  const optionLabel = (id: string) => {
    const option = poll.options.filter((o) => o.id === id)[0];
    return option ? pick(option.label) : id;
  };
  const levelName = (n: number) => {
    const level = poll.levels ? poll.levels.filter((l) => l.level === n)[0] : undefined;
    return `${strings.level(n)}${level && pick(level.name) ? ` · ${pick(level.name)}` : ''}`;
  };
  switch (answer.kind) {
    case 'maturity':
      return `${answer.current === 'abstain' ? strings.abstain : levelName(answer.current)}${answer.target !== null ? ` · ${strings.targetShort}: ${levelName(answer.target)}` : ''}`;
    case 'single':
      return optionLabel(answer.choice);
    case 'multiple':
      return answer.choices.map(optionLabel).join(', ');
    case 'text':
      return answer.text;
    case 'dots':
      return Object.keys(answer.dots)
        .map((id) => `${optionLabel(id)}: ${strings.dotsOn(answer.dots[id]!)}`)
        .join(', ');
  }
}

function buildVoted(main: HTMLElement, poll: PhonePoll): void {
  const strings = t();
  const mine = myBallotFor(poll)!;
  append(main, [
    questionHeader(poll),
    el(
      'section',
      { class: 'voted', 'aria-labelledby': 'voted-title' },
      el('h2', { id: 'voted-title' }, el('span', { class: 'tick', 'aria-hidden': 'true' }, '✓ '), strings.votedTitle),
      el('p', {}, strings.votedHelp),
      el('p', { class: 'your-answer-label' }, strings.yourAnswer),
      el('p', { class: 'your-answer' }, answerText(poll, mine.answer)),
    ),
  ]);
  if (poll.allowChange) {
    const change = el('button', { type: 'button', class: 'secondary' }, strings.changeAnswer);
    change.addEventListener('click', () => {
      state.editingAnswer = true;
      state.draft = null;
      state.message = null;
      render();
    });
    main.appendChild(change);
  } else {
    main.appendChild(el('p', { class: 'help' }, strings.noChange));
  }
  main.appendChild(liveCount());
}

/**
 * The round is closed and the results are not shown yet: say so, and keep this phone's answer in
 * view (or say it sent none) until the facilitator reveals the results or opens the next question.
 */
function buildClosed(main: HTMLElement, poll: PhonePoll): void {
  const strings = t();
  const mine = myBallotFor(poll);
  append(main, [
    questionHeader(poll),
    el(
      'section',
      { class: 'closed', 'aria-labelledby': 'closed-title', 'data-testid': 'phone-closed' },
      el('h2', { id: 'closed-title' }, strings.closedTitle),
      el('p', {}, strings.closedHelp),
      mine ? el('p', { class: 'your-answer-label' }, strings.yourAnswer) : null,
      mine ? el('p', { class: 'your-answer' }, answerText(poll, mine.answer)) : el('p', { class: 'your-answer none' }, strings.closedNoAnswer),
    ),
    liveCount(),
  ]);
}

function bars(rows: Array<{ label: string; count: number; mine: boolean }>, unit: (n: number) => string): HTMLElement {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const list = el('ul', { class: 'bars' });
  for (const row of rows) {
    const fill = el('span', { class: `bar-fill${row.mine ? ' bar-mine' : ''}` });
    // Width through the CSSOM: the CSP forbids style attributes, not this.
    fill.style.width = `${Math.round((row.count / max) * 100)}%`;
    list.appendChild(
      el(
        'li',
        { class: 'bar-row' },
        el('span', { class: 'bar-label' }, row.label, row.mine ? el('span', { class: 'mine-mark' }, ` (${t().yourAnswer})`) : null),
        el('span', { class: 'bar-track', 'aria-hidden': 'true' }, fill),
        el('span', { class: 'bar-count' }, unit(row.count)),
      ),
    );
  }
  return list;
}

function buildResults(main: HTMLElement, poll: PhonePoll): void {
  const strings = t();
  const results = poll.results;
  const mine = myBallotFor(poll);
  const section = el('section', { class: 'results', 'aria-labelledby': 'results-title' }, el('h2', { id: 'results-title' }, strings.resultsTitle));
  append(main, [questionHeader(poll), section]);
  if (!results) return;
  section.appendChild(el('p', { class: 'lead' }, strings.respondents(results.respondents)));
  const label = (id: string) => {
    const option = poll.options.filter((o) => o.id === id)[0];
    return option ? pick(option.label) : id;
  };
  switch (results.kind) {
    case 'maturity': {
      const name = (i: number) => {
        const level = poll.levels ? poll.levels[i] : undefined;
        return `${strings.level(i + 1)}${level && pick(level.name) ? ` · ${pick(level.name)}` : ''}`;
      };
      const a = mine && mine.answer.kind === 'maturity' ? mine.answer : null;
      section.appendChild(bars(results.current.counts.map((count, i) => ({ label: name(i), count, mine: !!a && a.current === i + 1 })), strings.people));
      if (results.current.abstain > 0) section.appendChild(el('p', { class: 'help' }, strings.abstained(results.current.abstain)));
      if (results.target) {
        section.appendChild(el('h3', {}, strings.targetResults));
        section.appendChild(bars(results.target.counts.map((count, i) => ({ label: name(i), count, mine: !!a && a.target === i + 1 })), strings.people));
      }
      break;
    }
    case 'single':
    case 'multiple': {
      const a = mine ? mine.answer : null;
      const chosen = (id: string) => !!a && ((a.kind === 'single' && a.choice === id) || (a.kind === 'multiple' && a.choices.indexOf(id) >= 0));
      section.appendChild(bars(results.options.map((o) => ({ label: label(o.optionId), count: o.count, mine: chosen(o.optionId) })), strings.people));
      break;
    }
    case 'dots': {
      const a = mine && mine.answer.kind === 'dots' ? mine.answer : null;
      // Already ranked by the host (dotRanking's tie-break, as on the projector): never re-sort here.
      section.appendChild(
        bars(results.options.map((o) => ({ label: `${strings.rank(o.rank, o.joint)} · ${label(o.optionId)}`, count: o.dots, mine: !!a && (a.dots[o.optionId] || 0) > 0 })), strings.dotsOn),
      );
      break;
    }
    case 'text': {
      if (results.answers.length === 0) section.appendChild(el('p', { class: 'help' }, strings.noApprovedText));
      const list = el('ul', { class: 'texts' });
      for (const text of results.answers) list.appendChild(el('li', {}, text));
      section.appendChild(list);
      break;
    }
  }
}

boot();
