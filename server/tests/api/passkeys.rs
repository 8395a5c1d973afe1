//! Passkeys over HTTP, answered by a small software authenticator (a P-256 key, "none"
//! attestation, as a phone or security key answers after the person's fingerprint): a passkey
//! is added on "Mein Konto" and confirms the next sign-in; an answer is good for one challenge
//! only, for Lotse's address only, and a copied authenticator (its counter behind) is refused;
//! an organisation that requires a second factor accepts a passkey, and its last one stays.

use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine;
use openssl::bn::{BigNum, BigNumContext};
use openssl::ec::{EcGroup, EcKey};
use openssl::hash::MessageDigest;
use openssl::nid::Nid;
use openssl::pkey::{PKey, Private};
use openssl::sha::sha256;
use openssl::sign::Signer;
use reqwest::header::LOCATION;
use reqwest::{Response, StatusCode};
use serde_json::{json, Value};

use app::server::admin::{accounts, factors};
use app::server::infra::db::now_ms;

use crate::helpers::{backends, session_cookie, spawn_app_on, TestApp, PASSWORD};

/// A software authenticator with one credential, user verification included.
struct Authenticator {
    key: PKey<Private>,
    x: Vec<u8>,
    y: Vec<u8>,
    credential_id: Vec<u8>,
    user_handle: Vec<u8>,
    counter: u32,
}

fn cbor_bytes(bytes: &[u8]) -> Vec<u8> {
    let mut out = match bytes.len() {
        n if n < 24 => vec![0x40 | n as u8],
        n if n < 256 => vec![0x58, n as u8],
        n => vec![0x59, (n >> 8) as u8, n as u8],
    };
    out.extend_from_slice(bytes);
    out
}

fn cbor_text(text: &str) -> Vec<u8> {
    assert!(text.len() < 24);
    let mut out = vec![0x60 | text.len() as u8];
    out.extend_from_slice(text.as_bytes());
    out
}

fn client_data(kind: &str, options: &Value, origin: &str) -> Vec<u8> {
    json!({
        "type": kind,
        "challenge": options["challenge"],
        "origin": origin,
        "crossOrigin": false,
    })
    .to_string()
    .into_bytes()
}

impl Authenticator {
    fn new() -> Authenticator {
        let group = EcGroup::from_curve_name(Nid::X9_62_PRIME256V1).unwrap();
        let key = EcKey::generate(&group).unwrap();
        let (mut x, mut y) = (BigNum::new().unwrap(), BigNum::new().unwrap());
        key.public_key()
            .affine_coordinates(&group, &mut x, &mut y, &mut BigNumContext::new().unwrap())
            .unwrap();
        let mut credential_id = vec![0u8; 32];
        openssl::rand::rand_bytes(&mut credential_id).unwrap();
        Authenticator {
            key: PKey::from_ec_key(key).unwrap(),
            x: x.to_vec_padded(32).unwrap(),
            y: y.to_vec_padded(32).unwrap(),
            credential_id,
            user_handle: Vec::new(),
            counter: 0,
        }
    }

    /// The answer to registration `options` (the JSON the server sent), as
    /// `PublicKeyCredential.toJSON()` gives it.
    fn register(&mut self, options: &Value, origin: &str) -> String {
        self.user_handle = B64.decode(options["user"]["id"].as_str().unwrap()).unwrap();
        let rp_id = options["rp"]["id"].as_str().unwrap();
        let client_data = client_data("webauthn.create", options, origin);
        // COSE EC2 key: kty 2, alg -7 (ES256), crv 1 (P-256), x, y.
        let mut cose = vec![0xa5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21];
        cose.extend(cbor_bytes(&self.x));
        cose.push(0x22);
        cose.extend(cbor_bytes(&self.y));
        let mut auth_data = sha256(rp_id.as_bytes()).to_vec();
        auth_data.push(0x45); // user present, user verified, attested credential data
        auth_data.extend(self.counter.to_be_bytes());
        auth_data.extend([0u8; 16]); // AAGUID
        auth_data.extend((self.credential_id.len() as u16).to_be_bytes());
        auth_data.extend(&self.credential_id);
        auth_data.extend(cose);
        let mut attestation = vec![0xa3];
        attestation.extend(cbor_text("fmt"));
        attestation.extend(cbor_text("none"));
        attestation.extend(cbor_text("attStmt"));
        attestation.push(0xa0);
        attestation.extend(cbor_text("authData"));
        attestation.extend(cbor_bytes(&auth_data));
        json!({
            "id": B64.encode(&self.credential_id),
            "rawId": B64.encode(&self.credential_id),
            "type": "public-key",
            "response": {
                "clientDataJSON": B64.encode(&client_data),
                "attestationObject": B64.encode(&attestation),
                "transports": ["internal"],
            },
            "clientExtensionResults": {},
            "authenticatorAttachment": "platform",
        })
        .to_string()
    }

    /// The answer to sign-in `options`, signed with the signature counter at `counter`.
    fn sign(&mut self, options: &Value, origin: &str, counter: u32) -> String {
        let rp_id = options["rpId"].as_str().unwrap();
        let client_data = client_data("webauthn.get", options, origin);
        let mut auth_data = sha256(rp_id.as_bytes()).to_vec();
        auth_data.push(0x05); // user present, user verified
        auth_data.extend(counter.to_be_bytes());
        let mut signed = auth_data.clone();
        signed.extend(sha256(&client_data));
        let mut signer = Signer::new(MessageDigest::sha256(), &self.key).unwrap();
        signer.update(&signed).unwrap();
        let signature = signer.sign_to_vec().unwrap();
        self.counter = counter;
        json!({
            "id": B64.encode(&self.credential_id),
            "rawId": B64.encode(&self.credential_id),
            "type": "public-key",
            "response": {
                "clientDataJSON": B64.encode(&client_data),
                "authenticatorData": B64.encode(&auth_data),
                "signature": B64.encode(&signature),
                "userHandle": B64.encode(&self.user_handle),
            },
            "clientExtensionResults": {},
        })
        .to_string()
    }
}

/// A form value, percent-encoded.
fn enc(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

async fn json_of(response: Response) -> Value {
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

/// A refusal's message id (the body of a refused server function names it).
async fn refused_with(response: Response, message_id: &str) {
    let status = response.status();
    let body = response.text().await.unwrap();
    assert!(status.is_client_error(), "{status}: {body}");
    assert!(body.contains(message_id), "{message_id} in {body}");
}

/// The options a `begin_*` function answered with (a JSON string of JSON).
async fn options_of(response: Response) -> Value {
    let text: String = json_of(response).await.as_str().unwrap().to_owned();
    serde_json::from_str(&text).unwrap()
}

/// The password step of a sign-in: the session cookie, and the page the session is held at
/// until its second factor (empty: none, the session is full).
async fn password_step(app: &TestApp, email: &str) -> (String, String) {
    let response = app
        .call(
            "sign_in",
            &format!("email={email}&password={PASSWORD}"),
            None,
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let cookie = session_cookie(&response).expect("a cookie");
    let start = app.get("/", Some(&cookie)).await;
    let held_at = match start.status() {
        StatusCode::OK => String::new(),
        _ => start.headers()[LOCATION].to_str().unwrap().to_owned(),
    };
    (cookie, held_at)
}

async fn add_passkey(
    app: &TestApp,
    cookie: &str,
    authenticator: &mut Authenticator,
    name: &str,
) -> Response {
    let status = json_of(app.call("load_second_factor", "", Some(cookie)).await).await;
    let origin = status["passkey_address"].as_str().unwrap().to_owned();
    let options = options_of(
        app.call(
            "begin_passkey_registration",
            &format!("name={}", enc(name)),
            Some(cookie),
        )
        .await,
    )
    .await;
    let answer = authenticator.register(&options, &origin);
    app.call(
        "finish_passkey_registration",
        &format!("name={}&credential={}", enc(name), enc(&answer)),
        Some(cookie),
    )
    .await
}

/// A challenge for the sign-in waiting at `halfway`.
async fn challenge(app: &TestApp, halfway: &str) -> Value {
    options_of(app.call("begin_passkey_sign_in", "", Some(halfway)).await).await
}

/// Sends an authenticator's answer to the sign-in waiting at `halfway`.
async fn send_answer(app: &TestApp, halfway: &str, credential: &str) -> Response {
    let form = format!("credential={}", enc(credential));
    app.call("finish_passkey_sign_in", &form, Some(halfway))
        .await
}

async fn audited(app: &TestApp, action: &str) -> i64 {
    sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM audit_log WHERE action = $1")
        .bind(action)
        .fetch_one(&app.db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_passkey_added_on_mein_konto_confirms_the_next_sign_in_once_per_challenge() {
    for db in backends().await {
        let app = spawn_app_on(db).await;
        let full = app.staff_signed_in("fm@test.example", "case_manager").await;
        let mut phone = Authenticator::new();

        // A passkey needs a name; with one, the authenticator's answer adds it (audited).
        refused_with(
            app.call("begin_passkey_registration", "name=+", Some(&full))
                .await,
            "error-passkey-name-required",
        )
        .await;
        let added = add_passkey(&app, &full, &mut phone, "Laptop im Büro").await;
        assert_eq!(json_of(added).await, json!("/account?done=passkey-added"));
        assert_eq!(audited(&app, "add-passkey").await, 1);
        let status = json_of(app.call("load_second_factor", "", Some(&full)).await).await;
        assert_eq!(status["passkeys"][0]["name"], "Laptop im Büro");
        assert_eq!(status["passkeys"][0]["last_used_at"], Value::Null);
        let origin = status["passkey_address"].as_str().unwrap().to_owned();
        assert!(origin.starts_with("http://localhost:"), "{origin}");
        let (status_code, page) = app.page("/account", &full).await;
        assert_eq!(status_code, StatusCode::OK);
        assert!(page.contains("Laptop im Büro") && page.contains("AddPasskey"));

        // Only a sign-in waiting for its second factor may ask for a challenge.
        assert_eq!(
            app.call("begin_passkey_sign_in", "", Some(&full))
                .await
                .status(),
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(
            app.call("begin_passkey_sign_in", "", None).await.status(),
            StatusCode::UNAUTHORIZED
        );

        // The password now leads to the second step, which offers the passkey.
        let (halfway, next) = password_step(&app, "fm@test.example").await;
        assert_eq!(next, "/sign-in/second-factor");
        let step = json_of(app.call("load_second_step", "", Some(&halfway)).await).await;
        assert_eq!(step["passkeys"], true);
        assert_eq!(step["app"], false);
        let (_, page) = app.page("/sign-in/second-factor", &halfway).await;
        assert!(page.contains("PasskeySignIn"), "the passkey's island");

        // An answer for another address is refused; the challenge is then used up.
        let options = challenge(&app, &halfway).await;
        let elsewhere = phone.sign(&options, "http://lotse.evil.example", 1);
        refused_with(
            send_answer(&app, &halfway, &elsewhere).await,
            "error-passkey-failed",
        )
        .await;
        let again = phone.sign(&options, &origin, 1);
        refused_with(
            send_answer(&app, &halfway, &again).await,
            "error-passkey-expired",
        )
        .await;

        // The right answer to a fresh challenge signs in anew.
        let options = challenge(&app, &halfway).await;
        let answer = phone.sign(&options, &origin, 1);
        let done = send_answer(&app, &halfway, &answer).await;
        let signed_in = session_cookie(&done).expect("a new session cookie");
        assert_eq!(json_of(done).await, json!("/"));
        assert_ne!(signed_in, halfway);
        assert_eq!(
            app.get("/", Some(&signed_in)).await.status(),
            StatusCode::OK
        );
        let sessions = app.call("load_my_sessions", "", Some(&signed_in)).await;
        assert!(sessions
            .text()
            .await
            .unwrap()
            .contains("password-and-passkey"));
        let status = json_of(app.call("load_second_factor", "", Some(&signed_in)).await).await;
        assert!(status["passkeys"][0]["last_used_at"].is_i64());

        // The same answer, replayed to the next sign-in's challenge, is refused.
        let (halfway, _) = password_step(&app, "fm@test.example").await;
        app.call("begin_passkey_sign_in", "", Some(&halfway)).await;
        refused_with(
            send_answer(&app, &halfway, &answer).await,
            "error-passkey-failed",
        )
        .await;
        // A copy of the authenticator, its counter not ahead of the one seen, is refused.
        let options = challenge(&app, &halfway).await;
        let copied = phone.sign(&options, &origin, 1);
        refused_with(
            send_answer(&app, &halfway, &copied).await,
            "error-passkey-failed",
        )
        .await;
        let options = challenge(&app, &halfway).await;
        let answer = phone.sign(&options, &origin, 2);
        let done = send_answer(&app, &halfway, &answer).await;
        assert_eq!(done.status(), StatusCode::OK);

        // Removing it is audited; the next sign-in needs the password only.
        let passkey = status["passkeys"][0]["id"].as_i64().unwrap();
        let removed = app
            .call(
                "remove_passkey",
                &format!("passkey={passkey}"),
                Some(&signed_in),
            )
            .await;
        assert_eq!(removed.status(), StatusCode::OK);
        assert_eq!(audited(&app, "remove-passkey").await, 1);
        let (_, next) = password_step(&app, "fm@test.example").await;
        assert_eq!(next, "");
    }
}

#[tokio::test]
async fn where_a_second_factor_is_required_a_passkey_sets_it_up_and_the_last_one_stays() {
    for db in backends().await {
        let app = spawn_app_on(db).await;
        let admin = app
            .staff_signed_in("admin@test.example", "administrator")
            .await;
        let user = app.account("fm@test.example", "case_manager").await;
        let organisation =
            sqlx::query_scalar::<_, i64>("SELECT organisation_id FROM users WHERE id = $1")
                .bind(user)
                .fetch_one(&app.db.pool)
                .await
                .unwrap();
        let required = app
            .call(
                "require_second_factor",
                &format!("organisation_id={organisation}&required=true"),
                Some(&admin),
            )
            .await;
        assert_eq!(required.status(), StatusCode::OK);

        // Without a factor the password leads to setting one up; a passkey does, and the
        // sign-in is finished by it.
        let (halfway, next) = password_step(&app, "fm@test.example").await;
        assert_eq!(next, "/sign-in/set-up");
        let (_, page) = app.page("/sign-in/set-up", &halfway).await;
        assert!(
            page.contains("AddPasskey"),
            "the set-up page offers a passkey"
        );
        let mut key = Authenticator::new();
        let done = add_passkey(&app, &halfway, &mut key, "Sicherheitsschlüssel").await;
        let full = session_cookie(&done).expect("the sign-in is finished");
        assert_eq!(json_of(done).await, json!("/account?done=passkey-added"));
        assert_eq!(app.get("/", Some(&full)).await.status(), StatusCode::OK);
        let sessions = app.call("load_my_sessions", "", Some(&full)).await;
        assert!(sessions
            .text()
            .await
            .unwrap()
            .contains("password-and-passkey"));

        // The only second factor cannot be removed while the organisation requires one.
        let status = json_of(app.call("load_second_factor", "", Some(&full)).await).await;
        let passkey = status["passkeys"][0]["id"].as_i64().unwrap();
        refused_with(
            app.call("remove_passkey", &format!("passkey={passkey}"), Some(&full))
                .await,
            "error-second-factor-required-by-organisation",
        )
        .await;
        // Nor can anyone else's.
        assert_eq!(
            app.call(
                "remove_passkey",
                &format!("passkey={passkey}"),
                Some(&admin)
            )
            .await
            .status(),
            StatusCode::NOT_FOUND
        );

        // With an app besides, the app may go (the passkey stays, and so do the recovery
        // codes), though a second factor is required.
        let owner = accounts::user_by_email(&app.db, "fm@test.example")
            .await
            .unwrap()
            .unwrap();
        factors::begin_app(&app.db, &owner).await.unwrap();
        let code = factors::current_code(&app.db, user, (now_ms() / 1000) as u64)
            .await
            .unwrap();
        factors::confirm_app(&app.db, &owner, &code, None)
            .await
            .unwrap();
        let codes = app.call("new_recovery_codes", "", Some(&full)).await;
        assert_eq!(codes.status(), StatusCode::OK);
        let removed = app
            .call(
                "remove_app",
                &format!("current_password={PASSWORD}"),
                Some(&full),
            )
            .await;
        assert_eq!(removed.status(), StatusCode::OK);
        let status = json_of(app.call("load_second_factor", "", Some(&full)).await).await;
        assert_eq!(status["app_since"], Value::Null);
        assert_eq!(status["passkeys"].as_array().unwrap().len(), 1);
        assert_eq!(status["recovery_codes_left"], 10);

        // Administrators see it, and a reset removes it.
        let overview = app.call("load_second_factors", "", Some(&admin)).await;
        let overview = overview.text().await.unwrap();
        assert!(overview.contains("\"passkeys\":1"), "{overview}");
        let reset = app
            .call(
                "reset_second_factor",
                &format!("user_id={user}"),
                Some(&admin),
            )
            .await;
        assert_eq!(reset.status(), StatusCode::OK);
        assert!(!app::server::admin::passkeys::has_passkey(&app.db, user)
            .await
            .unwrap());
        let (_, next) = password_step(&app, "fm@test.example").await;
        assert_eq!(next, "/sign-in/set-up");
    }
}
