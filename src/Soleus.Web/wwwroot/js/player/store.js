// The browser's keeping place (IndexedDB "soleus"): the session in progress ("session", one entry under "current"),
// finished sessions waiting for the server ("outbox") and sessions kept while not signed in ("records").
// Every write is a transaction with strict durability: it is on disk before it counts as done.

const NAME = 'soleus';
const VERSION = 1;
export const SESSION = 'session';
export const OUTBOX = 'outbox';
export const RECORDS = 'records';
export const CURRENT = 'current';

/** @type {Promise<IDBDatabase> | null} */
let opening = null;

/** @returns {Promise<IDBDatabase>} */
export function open() {
  if (!opening) {
    opening = new Promise((resolve, reject) => {
      const request = indexedDB.open(NAME, VERSION);
      request.onupgradeneeded = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains(SESSION)) db.createObjectStore(SESSION, { keyPath: 'key' });
        if (!db.objectStoreNames.contains(OUTBOX)) db.createObjectStore(OUTBOX, { keyPath: 'clientId' });
        if (!db.objectStoreNames.contains(RECORDS)) db.createObjectStore(RECORDS, { keyPath: 'clientId' });
      };
      request.onsuccess = () => {
        const db = request.result;
        // Another tab upgrading, or Clear-Site-Data: let go so it can proceed.
        db.onversionchange = () => { db.close(); opening = null; };
        resolve(db);
      };
      request.onerror = () => { opening = null; reject(request.error); };
    });
  }
  return opening;
}

/**
 * Runs `work` in one transaction over `stores` and resolves with its result once the transaction has committed.
 * @template T
 * @param {string[]} stores
 * @param {IDBTransactionMode} mode
 * @param {(tx: IDBTransaction) => T} work
 * @param {boolean} [commit] ask for the commit as soon as `work` returns (only when it issues no later request):
 *   on pagehide there may be no later task to commit in
 * @returns {Promise<T>}
 */
export async function run(stores, mode, work, commit = false) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const tx = mode === 'readwrite' ? db.transaction(stores, mode, { durability: 'strict' }) : db.transaction(stores, mode);
    /** @type {any} */
    let result;
    tx.oncomplete = () => resolve(result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    result = work(tx);
    if (commit && typeof tx.commit === 'function') tx.commit();
  });
}

/**
 * @param {IDBRequest} request
 * @param {(value: any) => void} then
 */
function onValue(request, then) { request.onsuccess = () => then(request.result); }

/** @param {string} store @param {IDBValidKey} key @returns {Promise<any>} */
export function get(store, key) {
  return run([store], 'readonly', tx => {
    const box = { value: undefined };
    onValue(tx.objectStore(store).get(key), v => { box.value = v; });
    return box;
  }).then(box => box.value);
}

/** @param {string} store @returns {Promise<any[]>} */
export function all(store) {
  return run([store], 'readonly', tx => {
    const box = { value: /** @type {any[]} */ ([]) };
    onValue(tx.objectStore(store).getAll(), v => { box.value = v; });
    return box;
  }).then(box => box.value);
}

/** @param {string} store @param {any} value */
export function put(store, value) {
  return run([store], 'readwrite', tx => { tx.objectStore(store).put(value); }, true);
}

/** @param {string} store @param {IDBValidKey} key */
export function remove(store, key) {
  return run([store], 'readwrite', tx => { tx.objectStore(store).delete(key); });
}

/**
 * Moves a finished session out of "session" and into `to` as its record body, in one transaction, so it is never
 * in both places nor in neither.
 * @param {string} to OUTBOX or RECORDS
 * @param {any} body
 */
export function file(to, body) {
  return run([SESSION, to], 'readwrite', tx => {
    tx.objectStore(to).put(body);
    const sessions = tx.objectStore(SESSION);
    onValue(sessions.get(CURRENT), current => {
      if (current && current.clientId === body.clientId) sessions.delete(CURRENT);
    });
  });
}
