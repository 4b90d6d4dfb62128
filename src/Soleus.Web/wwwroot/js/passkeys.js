// Passkeys: "Sign in with a passkey" on the sign-in page, and adding and removing passkeys on the account page.
// The server's options go to the browser through PublicKeyCredential.parse…FromJSON and the browser's answer goes back
// as its toJSON(); the server keeps each challenge and takes it once. Nothing shows without WebAuthn.

const status = document.getElementById('passkey-status');

/** @param {string} text */
function say(text) {
  if (status) status.textContent = text;
}

/** @param {string} path @param {unknown} [body] */
function send(path, body, method = 'POST') {
  return fetch(path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** The problem's first field message, or its detail, or the fallback. @param {Response} response @param {string} fallback */
async function problem(response, fallback) {
  const body = await response.json().catch(() => ({}));
  const first = body.errors && Object.values(body.errors)[0];
  return (response.status === 429 && body.detail) || (first && first[0]) || fallback;
}

/**
 * The credential's toJSON() with only the fields the server reads (it refuses JSON members it does not know, and
 * browsers add some, such as authenticatorAttachment).
 * @param {PublicKeyCredential} credential @param {string[]} fields the response's fields to keep
 */
function answerOf(credential, fields) {
  const json = credential.toJSON();
  return {
    id: json.id, rawId: json.rawId, type: json.type, clientExtensionResults: json.clientExtensionResults,
    response: Object.fromEntries(fields.map(field => [field, json.response[field]])),
  };
}

/** @param {HTMLButtonElement} button */
async function signIn(button) {
  button.disabled = true;
  say('Use your passkey when your device asks.');
  try {
    const { challengeId, options } = await (await send('/api/passkeys/sign-in/options')).json();
    const credential = /** @type {PublicKeyCredential} */ (await navigator.credentials.get({
      publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options),
    }));
    const answer = await send('/api/passkeys/sign-in', {
      challengeId, credential: answerOf(credential, ['clientDataJSON', 'authenticatorData', 'signature', 'userHandle']),
    });
    if (answer.ok) {
      location.assign(button.dataset.return || '/');
      return;
    }
    say(await problem(answer, 'That passkey did not sign you in. Try again, or use your email and password.'));
  } catch {
    say('No passkey was used. Try again, or use your email and password.');
  } finally {
    button.disabled = false;
  }
}

/** @param {HTMLButtonElement} button @param {HTMLInputElement} name */
async function add(button, name) {
  button.disabled = true;
  say('Follow your device\'s steps to make the passkey.');
  try {
    const { challengeId, options } = await (await send('/api/passkeys/options')).json();
    const credential = /** @type {PublicKeyCredential} */ (await navigator.credentials.create({
      publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options),
    }));
    const answer = await send('/api/passkeys', {
      challengeId, name: name.value, credential: answerOf(credential, ['clientDataJSON', 'attestationObject', 'transports']),
    });
    if (answer.ok) {
      location.assign('/account?passkey=added');
      return;
    }
    say(await problem(answer, 'The passkey was not added. Try again.'));
  } catch {
    say('No passkey was made. Try again when you are ready.');
  } finally {
    button.disabled = false;
  }
}

/** @param {HTMLButtonElement} button */
async function remove(button) {
  button.disabled = true;
  const answer = await send(`/api/passkeys/${button.dataset.removePasskey}`, undefined, 'DELETE');
  if (answer.ok || answer.status === 404) {
    location.assign('/account?passkey=removed');
    return;
  }
  say('The passkey was not removed. Try again.');
  button.disabled = false;
}

if (window.PublicKeyCredential && 'parseRequestOptionsFromJSON' in PublicKeyCredential) {
  for (const shown of document.querySelectorAll('[data-passkeys-need-script]')) shown.removeAttribute('hidden');
  const signInButton = /** @type {HTMLButtonElement|null} */ (document.getElementById('passkey-sign-in'));
  signInButton?.addEventListener('click', () => signIn(signInButton));
  const addButton = /** @type {HTMLButtonElement|null} */ (document.getElementById('passkey-add'));
  const name = /** @type {HTMLInputElement|null} */ (document.getElementById('passkey-name'));
  if (addButton && name) addButton.addEventListener('click', () => add(addButton, name));
  for (const button of document.querySelectorAll('button[data-remove-passkey]')) {
    button.addEventListener('click', () => remove(/** @type {HTMLButtonElement} */ (button)));
  }
}
