// The page's glue for the city forms: an external module (CSP script-src 'self'),
// no inline script or handler. Each form's `submit` event carries the validated
// data; `respond()` hands the server's answer back to the form, which keeps every
// value and shows the message when the server refuses.
const FORMS = { 'city-leave-form': 'leave', 'city-agenda-form': 'agenda', 'city-document-sheet': 'document' };

const out = document.getElementById('out');
const changed = document.getElementById('changed');

function show(entry) {
  out.textContent = JSON.stringify(entry, null, 2);
}

/** POST { city, data } to the example server: 201 accepted, 422 { issues } refused. */
async function post(form, city, data) {
  const res = await fetch(`/api/${form}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ city, data }),
  });
  const body = await res.json().catch(() => ({}));
  return { status: res.status, body };
}

document.addEventListener('submit', (event) => {
  const form = FORMS[event.target.localName];
  if (!form || !(event instanceof CustomEvent)) return;
  const el = event.target;
  const city = el.profile?.id ?? el.city;
  const { data, respond } = event.detail;
  show({ form, city, data, status: 'sending' });
  respond(
    post(form, city, data).then(({ status, body }) => {
      show({ form, city, data, status, ...body });
      if (status === 201) return { ok: true };
      return { ok: false, message: body.message, issues: body.issues };
    }),
  );
});

document.addEventListener('change', (event) => {
  const form = FORMS[event.target.localName];
  if (form && event instanceof CustomEvent) changed.value = form;
});
