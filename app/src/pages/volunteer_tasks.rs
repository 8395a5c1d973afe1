//! The volunteer's tablet: tasks offered to them or their network, accept or decline, and
//! report when done. Weak Wi-Fi is expected: every action goes into an outbox kept in the
//! tablet's storage first, under a key of its own, and is sent from there — at once, when the
//! connection returns, every 15 seconds while something waits, and on the next visit. The
//! server applies a key once, so an action sent twice (the answer to the first was lost)
//! changes nothing the second time. What the volunteer typed stays in the outbox until the
//! server has it.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::api::{load_volunteer_tasks, volunteer_task_action, VolunteerTaskAction};
use crate::components::{
    action_error, date_text, error_text, label, FormError, FreeText, Loaded, OfflineNotice,
};
use crate::error::AppError;
use crate::i18n::{t, Texts};
use crate::models::catalogue;
use crate::models::{TaskAction, TaskStatus, VolunteerTask, VolunteerTaskList};

/// An action waiting in the outbox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Pending {
    key: String,
    task_id: i64,
    action: String,
    report: String,
    problem: bool,
    /// The server refused it (not a lost connection): shown with what was typed.
    #[serde(default)]
    refused: Option<AppError>,
}

/// The outbox and drafts belong to the signed-in volunteer (a tablet may be shared).
fn outbox_key(user_id: i64) -> String {
    format!("lotse-volunteer-outbox-{user_id}")
}

#[cfg(feature = "hydrate")]
use crate::components::local_storage as storage;

fn read_outbox(user_id: i64) -> Vec<Pending> {
    #[cfg(feature = "hydrate")]
    {
        storage()
            .and_then(|s| s.get_item(&outbox_key(user_id)).ok().flatten())
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = outbox_key(user_id);
        Vec::new()
    }
}

fn write_outbox(user_id: i64, items: &[Pending]) {
    #[cfg(feature = "hydrate")]
    if let (Some(s), Ok(json)) = (storage(), serde_json::to_string(items)) {
        let _ = s.set_item(&outbox_key(user_id), &json);
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (user_id, items);
}

/// A draft report, kept while it is typed (a reload or a flat battery loses nothing).
fn draft_key(user_id: i64, task_id: i64) -> String {
    format!("lotse-report-draft-{user_id}-{task_id}")
}

fn read_draft(user_id: i64, task_id: i64) -> String {
    #[cfg(feature = "hydrate")]
    {
        storage()
            .and_then(|s| s.get_item(&draft_key(user_id, task_id)).ok().flatten())
            .unwrap_or_default()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = draft_key(user_id, task_id);
        String::new()
    }
}

fn write_draft(user_id: i64, task_id: i64, text: Option<&str>) {
    #[cfg(feature = "hydrate")]
    if let Some(s) = storage() {
        let _ = match text {
            Some(text) => s.set_item(&draft_key(user_id, task_id), text),
            None => s.remove_item(&draft_key(user_id, task_id)),
        };
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (user_id, task_id, text);
}

/// A fresh key for one action: time and randomness (no secure context needed). On the
/// server, the key of the plain form (used before the WASM has loaded or without JavaScript).
fn new_key() -> String {
    #[cfg(feature = "hydrate")]
    {
        use web_sys::js_sys::{Date, Math};
        let random = |_| (Math::random() * 4_294_967_296.0) as u64;
        format!(
            "{:x}-{:08x}{:08x}{:08x}",
            Date::now() as u64,
            random(0),
            random(1),
            random(2)
        )
    }
    #[cfg(all(feature = "ssr", not(feature = "hydrate")))]
    {
        crate::server::infra::sessions::new_token()[..32].to_owned()
    }
    #[cfg(not(any(feature = "ssr", feature = "hydrate")))]
    String::new()
}

/// Where the plain forms of the task cards post (the server function the outbox calls).
const ACTION_URL: &str = <VolunteerTaskAction as leptos::server_fn::ServerFn>::PATH;

/// The outbox shared by the task cards.
#[derive(Clone, Copy)]
struct Outbox {
    user_id: i64,
    items: RwSignal<Vec<Pending>>,
    sending: StoredValue<bool>,
    /// Bumped when the server took an action: the list is read again.
    reload: RwSignal<u32>,
}

impl Outbox {
    fn put(self, pending: Pending) {
        self.items.update(|items| items.push(pending));
        write_outbox(self.user_id, &self.items.get_untracked());
        self.flush();
    }

    fn discard(self, key: &str) {
        self.items.update(|items| items.retain(|p| p.key != key));
        write_outbox(self.user_id, &self.items.get_untracked());
    }

    /// Sends what waits, oldest first; stops at the first lost connection.
    fn flush(self) {
        if self.sending.get_value() {
            return;
        }
        self.sending.set_value(true);
        leptos::task::spawn_local(async move {
            let mut took = false;
            loop {
                let next = self
                    .items
                    .get_untracked()
                    .into_iter()
                    .find(|p| p.refused.is_none());
                let Some(p) = next else { break };
                let answer = volunteer_task_action(
                    p.key.clone(),
                    p.task_id,
                    p.action.clone(),
                    p.report.clone(),
                    p.problem,
                )
                .await;
                match answer {
                    Ok(_) => {
                        if p.action == TaskAction::Done.as_str() {
                            write_draft(self.user_id, p.task_id, None);
                        }
                        self.discard(&p.key);
                        took = true;
                    }
                    // Not reached, or no answer: it stays and is sent again later.
                    Err(AppError::Internal { .. }) => break,
                    Err(error) => {
                        self.items.update(|items| {
                            if let Some(item) = items.iter_mut().find(|i| i.key == p.key) {
                                item.refused = Some(error.clone());
                            }
                        });
                        write_outbox(self.user_id, &self.items.get_untracked());
                    }
                }
            }
            self.sending.set_value(false);
            if took {
                self.reload.update(|n| *n += 1);
            }
        });
    }
}

/// Message ids the task list uses in the browser (see [`Texts`]).
#[cfg(feature = "ssr")]
const TEXTS: &[&str] = &[
    "volunteer-",
    "field-",
    "error-",
    "task-kind-",
    "task-status-",
    "untranslated-marker",
    "value-empty",
    "done",
];

/// The volunteer's tasks with the outbox: on the volunteer's light start page an island,
/// with its messages from the server (see `crate::light`). The first list is loaded here, on
/// the server, and handed to the island, which reads it again after each action it sent.
#[component]
pub fn VolunteerTasks() -> impl IntoView {
    let user_id = crate::components::use_user().id;
    #[cfg(feature = "ssr")]
    let texts = Texts::with_prefixes(TEXTS);
    #[cfg(not(feature = "ssr"))]
    let texts = Texts::default();
    let data = Resource::new(|| (), |_| load_volunteer_tasks());
    view! {
        <OfflineNotice />
        <Loaded resource=data let:list>
            <TaskBoard user_id texts=texts.clone() list />
        </Loaded>
    }
}

// An island everywhere but in the portal's light bundle, which leaves it out.
#[cfg_attr(not(all(feature = "light", not(feature = "tasks"))), island)]
#[cfg_attr(all(feature = "light", not(feature = "tasks")), component)]
fn TaskBoard(user_id: i64, texts: Texts, list: VolunteerTaskList) -> impl IntoView {
    if !texts.messages.is_empty() {
        provide_context(texts);
    }
    // Before the script had loaded, a plain form may have been refused: the light page's
    // address said so (it is tidied away by now), as the router says it on full pages.
    #[cfg(feature = "light")]
    if let Some((path, error)) = crate::light::refused_form() {
        provide_context(leptos::server::ServerActionError::new(&path, &error));
    }
    let outbox = Outbox {
        user_id,
        items: RwSignal::new(Vec::new()),
        sending: StoredValue::new(false),
        reload: RwSignal::new(0),
    };
    let list = RwSignal::new(list);
    // After the server took an action, the list is read again (a lost connection keeps the
    // list as it is; the outbox shows what waits).
    Effect::watch(
        move || outbox.reload.get(),
        move |_, _, _| {
            leptos::task::spawn_local(async move {
                if let Ok(fresh) = load_volunteer_tasks().await {
                    list.set(fresh);
                }
            });
        },
        false,
    );
    // In the browser only: what an earlier visit left in the outbox is sent (again).
    Effect::new(move |_| {
        let mut items = read_outbox(outbox.user_id);
        for item in &mut items {
            item.refused = None;
        }
        outbox.items.set(items);
        outbox.flush();
    });
    #[cfg(feature = "hydrate")]
    {
        let online = window_event_listener(leptos::ev::online, move |_| outbox.flush());
        let timer = set_interval_with_handle(
            move || {
                if !outbox.items.get_untracked().is_empty() {
                    outbox.flush();
                }
            },
            std::time::Duration::from_secs(15),
        )
        .ok();
        on_cleanup(move || {
            online.remove();
            if let Some(timer) = timer {
                timer.clear();
            }
        });
    }
    // A plain form's refusal comes back in the page's address (before the WASM has loaded, or
    // without JavaScript); the outbox shows the refusals of what it sent itself.
    let plain_form = ServerAction::<VolunteerTaskAction>::new();
    let plain_error = action_error(plain_form);
    let waiting = move || {
        outbox
            .items
            .with(|items| items.iter().filter(|p| p.refused.is_none()).count())
    };
    view! {
        <FormError error=plain_error all=true />
        <div role="status" class="status-region outbox-status">
            {move || (waiting() > 0).then(|| view! {
                <p class="notice offline">{move || t("volunteer-outbox-waiting")}</p>
            })}
        </div>
        <section aria-labelledby="my-tasks" class="volunteer-tasks">
            <h2 id="my-tasks">{move || t("volunteer-my-tasks")}</h2>
            {move || {
                let list = list.get();
                if list.tasks.is_empty() {
                    view! {
                        <Undelivered listed=Vec::new() outbox />
                        <p class="muted">{move || t("volunteer-no-tasks")}</p>
                    }.into_any()
                } else {
                    let listed: Vec<i64> = list.tasks.iter().map(|t| t.id).collect();
                    view! {
                        <Undelivered listed outbox />
                        <ul class="task-cards">
                            {list.tasks.into_iter().map(|task| view! { <TaskCard task outbox /> }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
        </section>
    }
}

/// Actions the server refused for tasks no longer on the list (taken by someone else,
/// withdrawn): shown with what was typed until the volunteer discards them.
#[component]
fn Undelivered(listed: Vec<i64>, outbox: Outbox) -> impl IntoView {
    move || {
        let orphans: Vec<Pending> = outbox.items.with(|items| {
            items
                .iter()
                .filter(|p| p.refused.is_some() && !listed.contains(&p.task_id))
                .cloned()
                .collect()
        });
        (!orphans.is_empty()).then(|| {
            view! {
                <section aria-labelledby="undelivered" class="card alert-card">
                    <h3 id="undelivered">{move || t("volunteer-undelivered")}</h3>
                    {orphans.into_iter().map(|pending| view! { <PendingNote pending outbox /> }).collect_view()}
                </section>
            }
        })
    }
}

#[component]
fn TaskCard(task: VolunteerTask, outbox: Outbox) -> impl IntoView {
    let id = task.id;
    let pending = Memo::new(move |_| {
        outbox
            .items
            .with(|items| items.iter().rev().find(|p| p.task_id == id).cloned())
    });
    // The state the card shows: the server's, or what waits in the outbox.
    let server_status = task.status.clone();
    let shown_status = move || match pending.get() {
        Some(p) if p.refused.is_none() => {
            let action = TaskAction::parse(&p.action).unwrap_or(TaskAction::Decline);
            TaskStatus::after(action).as_str().to_owned()
        }
        _ => server_status.clone(),
    };
    let status_text = {
        let shown_status = shown_status.clone();
        move || label(&[], catalogue::TASK_STATUS, &shown_status())
    };
    let act = move |action: TaskAction, report: String, problem: bool| {
        outbox.put(Pending {
            key: new_key(),
            task_id: id,
            action: action.as_str().to_owned(),
            report,
            problem,
            refused: None,
        });
    };
    let kind = task.kind.clone();
    let on = task.on_date.clone();
    let heading = format!("task-{id}");
    let labelled_by = heading.clone();
    let can_answer = {
        let shown_status = shown_status.clone();
        move || shown_status() == TaskStatus::Offered && pending.get().is_none()
    };
    let can_report = {
        let shown_status = shown_status.clone();
        let mine = task.mine;
        move || mine && shown_status() == TaskStatus::Accepted && pending.get().is_none()
    };
    view! {
        <li class="task-card" aria-labelledby=labelled_by>
            <h3 id=heading>
                {move || label(&[], catalogue::TASK_KIND, &kind)}
                {task.client_first_name.clone().map(|n| view! { " · " <bdi>{n}</bdi> })}
            </h3>
            <p class="task-when"><span dir="ltr">{move || date_text(&on)} " " {task.at_time.clone()}</span>
                " · " <bdi>{task.place.clone()}</bdi></p>
            <dl class="facts">
                {task.client_language.clone().map(|l| view! { <dt>{move || t("volunteer-client-language")}</dt><dd><bdi>{l}</bdi></dd> })}
                {task.client_phone.clone().map(|p| {
                    let href = format!("tel:{}", p.replace(' ', ""));
                    view! { <dt>{move || t("field-phone")}</dt><dd><a href=href dir="ltr">{p}</a></dd> }
                })}
                {task.bring.clone().map(|b| view! { <dt>{move || t("field-bring")}</dt><dd><FreeText text=b /></dd> })}
                {task.note.clone().map(|n| view! { <dt>{move || t("field-task-note")}</dt><dd><FreeText text=n /></dd> })}
                <dt>{move || t("field-task-status")}</dt>
                <dd><strong class="status">{status_text}</strong>
                    {task.personal.then(|| view! { " " <span class="badge">{move || t("volunteer-offered-to-you")}</span> })}
                    {task.problem.then(|| view! { " " <span class="badge warning">{move || t("volunteer-problem-badge")}</span> })}
                </dd>
            </dl>
            {move || pending.get().map(|p| view! { <PendingNote pending=p outbox /> })}
            {move || can_answer().then(|| view! {
                // A plain form too: it works before the WASM has loaded and without JavaScript.
                <form method="post" action=ACTION_URL class="task-actions">
                    <input type="hidden" name="action_key" value=new_key() />
                    <input type="hidden" name="task_id" value=id />
                    <input type="hidden" name="report" value="" />
                    <button type="submit" name="action" value=TaskAction::Accept.as_str() class="big"
                        on:click=move |ev| { ev.prevent_default(); act(TaskAction::Accept, String::new(), false) }>
                        {move || t("volunteer-accept")}</button>
                    <button type="submit" name="action" value=TaskAction::Decline.as_str() class="big button-secondary"
                        on:click=move |ev| { ev.prevent_default(); act(TaskAction::Decline, String::new(), false) }>
                        {move || t("volunteer-decline")}</button>
                </form>
            })}
            {move || can_report().then(|| view! { <ReportForm task_id=id user_id=outbox.user_id on_send=act /> })}
        </li>
    }
}

/// "Not yet sent" (or the server's refusal, with what was typed and a way out).
#[component]
fn PendingNote(pending: Pending, outbox: Outbox) -> impl IntoView {
    let key = pending.key.clone();
    match pending.refused.clone() {
        None => view! {
            <p class="badge pending">{move || t("volunteer-not-yet-sent")}</p>
            {(!pending.report.is_empty()).then(|| view! { <blockquote class="report"><FreeText text=pending.report.clone() /></blockquote> })}
        }
        .into_any(),
        Some(error) => {
            let again = key.clone();
            view! {
                <div class="form-error" role="alert">
                    <p>{move || t("volunteer-refused")} " " {move || error_text(&error)}</p>
                    {(!pending.report.is_empty()).then(|| view! { <blockquote class="report"><FreeText text=pending.report.clone() /></blockquote> })}
                    <div class="task-actions">
                        <button type="button" class="big button-secondary" on:click=move |_| {
                            outbox.items.update(|items| {
                                if let Some(i) = items.iter_mut().find(|i| i.key == again) { i.refused = None; }
                            });
                            outbox.flush();
                        }>{move || t("volunteer-try-again")}</button>
                        <button type="button" class="big button-secondary" on:click=move |_| outbox.discard(&key)>
                            {move || t("volunteer-discard")}</button>
                    </div>
                </div>
            }
            .into_any()
        }
    }
}

/// Done, with a short report and "there was a problem"; the report is kept as a draft while
/// typed.
#[component]
fn ReportForm<F>(task_id: i64, user_id: i64, on_send: F) -> impl IntoView
where
    F: Fn(TaskAction, String, bool) + Copy + Send + Sync + 'static,
{
    let report = RwSignal::new(String::new());
    let problem = RwSignal::new(false);
    let missing = RwSignal::new(false);
    Effect::new(move |_| report.set(read_draft(user_id, task_id)));
    let field = format!("report-{task_id}");
    let error_id = format!("{field}-error");
    let problem_id = format!("problem-{task_id}");
    let problem_for = problem_id.clone();
    view! {
        <form method="post" action=ACTION_URL class="stacked-form report-form" novalidate=true on:submit=move |ev| {
            ev.prevent_default();
            let text = report.get_untracked();
            if text.trim().is_empty() {
                missing.set(true);
                return;
            }
            missing.set(false);
            on_send(TaskAction::Done, text, problem.get_untracked());
        }>
            <input type="hidden" name="action_key" value=new_key() />
            <input type="hidden" name="task_id" value=task_id />
            <div class="field">
                <label for=field.clone()>{move || t("volunteer-report-label")}</label>
                <textarea id=field name="report" rows="4" aria-describedby=error_id.clone()
                    prop:value=move || report.get()
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        write_draft(user_id, task_id, Some(&text));
                        report.set(text);
                    }></textarea>
                <p id=error_id class="field-error" role="alert">
                    {move || missing.get().then(|| t("error-required"))}
                </p>
            </div>
            <label class="checkbox big-checkbox" for=problem_for>
                <input id=problem_id type="checkbox" name="problem" value="true"
                    on:change=move |ev| problem.set(event_target_checked(&ev)) />
                {move || t("volunteer-problem")}
            </label>
            <div class="task-actions">
                <button type="submit" name="action" value=TaskAction::Done.as_str() class="big">{move || t("volunteer-done")}</button>
                <button type="submit" name="action" value=TaskAction::Decline.as_str() class="big button-secondary"
                    formnovalidate=true
                    on:click=move |ev| { ev.prevent_default(); on_send(TaskAction::Decline, String::new(), false) }>
                    {move || t("volunteer-cannot-go")}</button>
            </div>
        </form>
    }
}
