//! Administrators: the outbox of e-mail. Every mail Lotse writes (new referrals, overdue
//! referrals, clients' corrections and revocations, volunteers' problems, daily digests) with
//! its state: waiting, sent, or failed with the mail server's answer. Without a mail server
//! configured, the mails wait here and can be read.

use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::load_outbox;
use crate::components::{query_page, Loaded, Pager};
use crate::i18n::{active_language, format_instant, page_title, t, t_args};
use crate::models::{OutboxMail, OutboxPage};

#[component]
pub fn OutboxPageView() -> impl IntoView {
    let page = query_page();
    let outbox = Resource::new(move || page.get(), load_outbox);
    view! {
        <Title text=page_title("outbox-title") />
        <h1>{move_tr!("outbox-title")}</h1>
        <p class="lead">{move_tr!("outbox-intro")}</p>
        <Loaded resource=outbox let:outbox>
            <OutboxList outbox />
        </Loaded>
    }
}

#[component]
fn OutboxList(outbox: OutboxPage) -> impl IntoView {
    let OutboxPage {
        smtp_configured,
        waiting,
        sent,
        failed,
        mails,
    } = outbox;
    let counts = t_args(
        "outbox-counts",
        &[
            ("waiting", waiting.to_string()),
            ("sent", sent.to_string()),
            ("failed", failed.to_string()),
        ],
    );
    let (current, has_next) = (mails.page, mails.has_next);
    let empty = mails.items.is_empty();
    view! {
        <p>
            {move || t(if smtp_configured { "outbox-smtp-configured" } else { "outbox-no-smtp" })}
        </p>
        <p>{counts}</p>
        {empty.then(|| view! { <p>{move_tr!("outbox-empty")}</p> })}
        <ul class="mail-list">
            {mails.items.into_iter().map(|mail| view! { <MailItem mail /> }).collect_view()}
        </ul>
        <Pager current has_next />
    }
}

#[component]
fn MailItem(mail: OutboxMail) -> impl IntoView {
    let language = active_language();
    let state = match mail.state.as_str() {
        "sent" => t_args(
            "outbox-state-sent",
            &[(
                "time",
                format_instant(mail.sent_at.unwrap_or(mail.created_at), language),
            )],
        ),
        "failed" => t_args(
            "outbox-state-failed",
            &[("attempts", mail.attempts.to_string())],
        ),
        _ if mail.attempts > 0 => t_args(
            "outbox-state-retrying",
            &[
                ("attempts", mail.attempts.to_string()),
                ("time", format_instant(mail.next_attempt_at, language)),
            ],
        ),
        _ => t("outbox-state-waiting"),
    };
    let state_class = format!("mail-state mail-state-{}", mail.state);
    view! {
        <li class="card mail">
            <h2 class="mail-subject"><bdi>{mail.subject.clone()}</bdi></h2>
            <dl class="mail-facts">
                <dt>{move_tr!("outbox-to")}</dt>
                <dd dir="ltr">{mail.recipient.clone()}</dd>
                <dt>{move_tr!("outbox-written")}</dt>
                <dd>{format_instant(mail.created_at, language)}</dd>
                <dt>{move_tr!("outbox-state")}</dt>
                <dd class=state_class>{state}</dd>
                {mail.last_error.clone().map(|error| view! {
                    <dt>{move_tr!("outbox-last-error")}</dt>
                    <dd dir="ltr"><code>{error}</code></dd>
                })}
            </dl>
            <details>
                <summary>{move_tr!("outbox-read")}</summary>
                <pre class="mail-body" lang=mail.language.clone() dir="auto">{mail.body.clone()}</pre>
            </details>
        </li>
    }
}
