// NCALayer client: the `kz.gov.pki.knca.basics` module's `sign` over WSS (kz-pki.md §1.1–1.2).
// NCALayer runs on the citizen's own computer and speaks first ({"result":{"version":…}}); each
// request is {"module","method","args"}. We ask for a detached CMS over base64 data (decode: true),
// so the server verifies the signature over exactly the bytes it issued.

export const NCALAYER_URL = 'wss://127.0.0.1:13579';

export class NCALayerError extends Error {
  constructor(kind, detail) {
    super(detail || kind);
    this.kind = kind; // 'not_running' | 'cancelled' | 'failed'
  }
}

function connect(url, timeoutMs) {
  return new Promise((resolve, reject) => {
    let socket;
    try {
      socket = new WebSocket(url);
    } catch (error) {
      reject(new NCALayerError('not_running', String(error)));
      return;
    }
    const timer = setTimeout(() => {
      socket.close();
      reject(new NCALayerError('not_running', 'timeout'));
    }, timeoutMs);
    socket.addEventListener('error', () => {
      clearTimeout(timer);
      reject(new NCALayerError('not_running', 'connection refused'));
    });
    // NCALayer speaks first: wait for its version greeting before sending anything.
    socket.addEventListener('message', () => {
      clearTimeout(timer);
      resolve(socket);
    }, { once: true });
  });
}

function call(socket, request) {
  return new Promise((resolve, reject) => {
    socket.addEventListener('message', (event) => {
      let answer;
      try {
        answer = JSON.parse(event.data);
      } catch (error) {
        reject(new NCALayerError('failed', 'unreadable answer'));
        return;
      }
      resolve(answer);
    }, { once: true });
    socket.addEventListener('close', () => reject(new NCALayerError('failed', 'closed')), { once: true });
    socket.send(JSON.stringify(request));
  });
}

function toBase64(text) {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

// Sign `text` (UTF-8) as a detached CMS; resolves to the base64 CMS.
export async function signDetached(text, { locale = 'kk', url = NCALAYER_URL, timeoutMs = 4000 } = {}) {
  const socket = await connect(url, timeoutMs);
  try {
    const answer = await call(socket, {
      module: 'kz.gov.pki.knca.basics',
      method: 'sign',
      args: {
        allowedStorages: null,
        format: 'cms',
        data: toBase64(text),
        signingParams: { decode: true, encapsulate: false, digested: false, tsaProfile: {} },
        // No EKU filter: GOST-2015 keys are single keys without clientAuth (kz-pki.md §1.6).
        signerParams: { extKeyUsageOids: [] },
        locale: locale === 'en' ? 'en' : (locale === 'ru' ? 'ru' : 'kk'),
      },
    });
    if (answer.status === false) {
      throw new NCALayerError('failed', answer.code || answer.message);
    }
    const result = answer.body?.result;
    if (!result) {
      throw new NCALayerError('cancelled');
    }
    return Array.isArray(result) ? result[0] : result;
  } finally {
    socket.close();
  }
}
