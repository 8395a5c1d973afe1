// A real OpenID Connect provider for Lotse's Rust HTTP tests.
//
// Discovery, authorization, PKCE, the code exchange and ID token signing are
// done by the certified `oidc-provider` package (installed in
// end2end/node_modules). This file adds only what a test needs on top:
//
//   * automatic login and consent as an account the test chose beforehand
//     (no HTML pages: every interaction is answered with a redirect), and
//   * fault injection on the ID tokens that the token endpoint returns.
//
// Started by the tests as `node server/tests/oidc/provider.mjs` (cwd: the
// repository root). Environment:
//
//   PORT                        required; listens on 127.0.0.1:PORT, and the
//                               issuer is http://127.0.0.1:PORT
//   REDIRECT_URIS               comma-separated redirect URIs of the client
//   POST_LOGOUT_REDIRECT_URIS   comma-separated, optional
//
// The one client: client_id `lotse`, client_secret `lotse-secret`, registered
// with client_secret_basic (oidc-provider 9 accepts client_secret_post for such
// a client as well).
//
// Control endpoints (plain HTTP on the same port):
//
//   POST /test/login  {"sub","email","email_verified","name","employee_id"}
//        stores the account and makes it the one that the following
//        authorizations log in as (until another is chosen).
//   POST /test/deny   no account: the following authorizations end with
//        error=access_denied at the client's redirect_uri.
//   POST /test/fault  {"mode": "none" | "other-key" | "wrong-audience" | "expired"}
//        how the ID tokens of the following token responses are tampered with
//        (stays until set again):
//          other-key       same claims, signed by a key that is not published
//                          (same kid "test-key-1", RS256)
//          wrong-audience  aud "someone-else", signed by the real key
//          expired         iat now-7200, exp now-3600, signed by the real key
//   GET  /test/health  200 "ok"
//
// Once listening it prints the single line `ready http://127.0.0.1:PORT` on
// stdout. It exits on SIGTERM/SIGINT and when its stdin closes, so it dies
// with the test process that holds the other end of the pipe.

import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

// ---------------------------------------------------------------------------
// Keep stdout for the `ready` line alone. oidc-provider prints notices with
// console.info (stdout) and warnings with console.warn. Drop the notices (they
// only ask to replace defaults, such as TTLs, that suit a test) and the
// warnings that are expected here; anything else goes to stderr.
const EXPECTED_WARNINGS = [
  'Unsupported runtime', // it asks for Node 22+, and works on Node 20
  'in-memory adapter', // the default adapter is exactly what a test wants
];
for (const level of ['info', 'warn', 'log']) {
  console[level] = (...args) => {
    const text = args.map(String).join(' ');
    if (text.startsWith('oidc-provider NOTICE:')) return;
    if (EXPECTED_WARNINGS.some((warning) => text.includes(warning))) return;
    process.stderr.write(`${text}\n`);
  };
}

// ---------------------------------------------------------------------------
// The packages live in end2end/node_modules (installed by `npm ci` there).
// Both are ESM-only, so resolve their entry files and import them by URL.
const requireFromEnd2end = createRequire(
  new URL('../../../end2end/package.json', import.meta.url),
);
const importFromEnd2end = (name) =>
  import(pathToFileURL(requireFromEnd2end.resolve(name)).href);

const { default: Provider } = await importFromEnd2end('oidc-provider');
const jose = await importFromEnd2end('jose');

// ---------------------------------------------------------------------------
// Configuration from the environment.
const port = Number.parseInt(process.env.PORT ?? '', 10);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  process.stderr.write('provider.mjs: PORT must be set to a TCP port\n');
  process.exit(2);
}
const issuer = `http://127.0.0.1:${port}`;
const list = (value) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
const redirectUris = list(process.env.REDIRECT_URIS);
const postLogoutRedirectUris = list(process.env.POST_LOGOUT_REDIRECT_URIS);

// ---------------------------------------------------------------------------
// Keys. The real one is published in the JWKS; the rogue one has the same kid
// but is never published, so tokens it signs must fail verification.
const KID = 'test-key-1';
const ALG = 'RS256';
const realKeys = await jose.generateKeyPair(ALG, { extractable: true });
const rogueKeys = await jose.generateKeyPair(ALG, { extractable: true });
const realPrivateJwk = {
  ...(await jose.exportJWK(realKeys.privateKey)),
  kid: KID,
  alg: ALG,
  use: 'sig',
};

// ---------------------------------------------------------------------------
// Test state, changed through the /test/* endpoints.
const accounts = new Map(); // sub -> claims
let currentSub; // the account that interactions log in as; undefined = deny
let faultMode = 'none';
const FAULT_MODES = new Set(['none', 'other-key', 'wrong-audience', 'expired']);

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'lotse',
      client_secret: 'lotse-secret',
      token_endpoint_auth_method: 'client_secret_basic',
      grant_types: ['authorization_code'],
      response_types: ['code'],
      redirect_uris: redirectUris,
      post_logout_redirect_uris: postLogoutRedirectUris,
      id_token_signed_response_alg: ALG,
    },
  ],
  jwks: { keys: [realPrivateJwk] },
  // PKCE is always required; oidc-provider 9 only supports S256.
  pkce: { required: () => true },
  scopes: ['openid', 'email', 'profile'],
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'employee_id'],
  },
  // Lotse reads only the ID token, so put the scope's claims into it.
  conformIdTokenClaims: false,
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: { enabled: true },
  },
  // Signed cookies. Over plain http oidc-provider does not mark them Secure.
  cookies: { keys: ['lotse-oidc-test-cookie-key'] },
  interactions: {
    url: (ctx, interaction) => `/interaction/${interaction.uid}`,
  },
  async findAccount(ctx, sub) {
    const account = accounts.get(sub);
    if (!account) return undefined;
    return {
      accountId: sub,
      // oidc-provider filters these by the granted scopes and claims.
      async claims() {
        return { ...account, sub };
      },
    };
  },
  // Errors at the provider's own endpoints (e.g. an unknown redirect_uri):
  // a short text instead of the default HTML page.
  async renderError(ctx, out) {
    ctx.type = 'text/plain; charset=utf-8';
    ctx.body = `${out.error}: ${out.error_description ?? ''}\n`;
  },
});

// ---------------------------------------------------------------------------
// Helpers for the middleware below.
async function readJson(ctx) {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

function text(ctx, status, body) {
  ctx.status = status;
  ctx.type = 'text/plain; charset=utf-8';
  ctx.body = `${body}\n`;
}

// Answer one interaction (login or consent prompt) without any page.
async function finishInteraction(ctx) {
  let details;
  try {
    details = await provider.interactionDetails(ctx.req, ctx.res);
  } catch (err) {
    // Typically: the _interaction cookie set by the authorization endpoint
    // was not sent back, or the interaction expired.
    text(ctx, 400, `interaction failed: ${err.error_description ?? err.message}`);
    return;
  }
  const { prompt, params } = details;
  process.stderr.write(
    `provider.mjs: interaction ${details.uid}: prompt ${prompt.name} (${prompt.reasons.join(', ')})\n`,
  );
  let result;

  if (currentSub === undefined || !accounts.has(currentSub)) {
    result = {
      error: 'access_denied',
      error_description: 'no test account selected (POST /test/login)',
    };
  } else if (prompt.name === 'login') {
    result = { login: { accountId: currentSub } };
  } else if (prompt.name === 'consent') {
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: details.session.accountId, clientId: params.client_id });
    grant.addOIDCScope('openid email profile');
    if (prompt.details.missingOIDCClaims) {
      grant.addOIDCClaims(prompt.details.missingOIDCClaims);
    }
    for (const [indicator, scopes] of Object.entries(prompt.details.missingResourceScopes ?? {})) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
    result = { consent: { grantId: await grant.save() } };
  } else {
    result = {
      error: 'access_denied',
      error_description: `unexpected prompt ${prompt.name}`,
    };
  }

  const returnTo = await provider.interactionResult(ctx.req, ctx.res, result, {
    mergeWithLastSubmission: false,
  });
  ctx.status = 303;
  ctx.redirect(returnTo);
}

// When the browser still has a provider session of another account than the
// one the test chose, make the authorization endpoint (and the resume step
// after an interaction) ignore that session. Otherwise oidc-provider would
// answer the account switch with an auto-submitting HTML logout form, which an
// HTTP client without JavaScript cannot follow. A session of the chosen
// account is kept, so a second authorization is answered without any
// interaction, as a real single sign-on would.
const SESSION_COOKIES = new Set(['_session', '_session.sig']);
async function forgetOtherAccountsSession(ctx) {
  const sessionId = ctx.cookies.get('_session');
  if (!sessionId) return;
  const session = await provider.Session.find(sessionId);
  if (!session?.accountId || session.accountId === currentSub) return;
  const kept = (ctx.get('cookie') || '')
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair && !SESSION_COOKIES.has(pair.slice(0, pair.indexOf('='))));
  ctx.req.headers.cookie = kept.join('; ');
}

// Re-sign an ID token according to the current fault mode.
async function tamper(idToken) {
  const header = jose.decodeProtectedHeader(idToken);
  const claims = jose.decodeJwt(idToken);
  let key = realKeys.privateKey;
  const now = Math.floor(Date.now() / 1000);
  switch (faultMode) {
    case 'other-key':
      key = rogueKeys.privateKey;
      break;
    case 'wrong-audience':
      claims.aud = 'someone-else';
      break;
    case 'expired':
      claims.iat = now - 7200;
      claims.exp = now - 3600;
      break;
    default:
      return idToken;
  }
  return new jose.SignJWT(claims)
    .setProtectedHeader({ ...header, alg: ALG, kid: KID })
    .sign(key);
}

// ---------------------------------------------------------------------------
// Test endpoints, interactions and fault injection, in front of the provider.
provider.use(async (ctx, next) => {
  const { method, path } = ctx;

  if (path.startsWith('/test/')) {
    try {
      if (method === 'GET' && path === '/test/health') {
        text(ctx, 200, 'ok');
      } else if (method === 'POST' && path === '/test/login') {
        const account = await readJson(ctx);
        if (typeof account.sub !== 'string' || !account.sub) {
          text(ctx, 400, 'sub (a non-empty string) is required');
          return;
        }
        accounts.set(account.sub, account);
        currentSub = account.sub;
        text(ctx, 200, 'ok');
      } else if (method === 'POST' && path === '/test/deny') {
        currentSub = undefined;
        text(ctx, 200, 'ok');
      } else if (method === 'POST' && path === '/test/fault') {
        const { mode } = await readJson(ctx);
        if (!FAULT_MODES.has(mode)) {
          text(ctx, 400, `mode must be one of ${[...FAULT_MODES].join(', ')}`);
          return;
        }
        faultMode = mode;
        text(ctx, 200, 'ok');
      } else {
        text(ctx, 404, 'not found');
      }
    } catch (err) {
      text(ctx, 400, `bad request: ${err.message}`);
    }
    return;
  }

  if (/^\/auth(\/[^/]+)?$/.test(path)) {
    await forgetOtherAccountsSession(ctx);
  }

  if (method === 'GET' && /^\/interaction\/[^/]+$/.test(path)) {
    await finishInteraction(ctx);
    return;
  }

  await next();

  if (
    faultMode !== 'none' &&
    ctx.oidc?.route === 'token' &&
    ctx.status === 200 &&
    typeof ctx.body?.id_token === 'string'
  ) {
    ctx.body = { ...ctx.body, id_token: await tamper(ctx.body.id_token) };
  }
});

// ---------------------------------------------------------------------------
const server = provider.listen(port, '127.0.0.1', () => {
  process.stdout.write(`ready ${issuer}\n`);
});

function shutdown() {
  server.close();
  process.exit(0);
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
process.stdin.on('end', shutdown);
process.stdin.on('error', shutdown);
process.stdin.resume();
