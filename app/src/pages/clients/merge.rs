//! Merging two records of one person (`/clients/:id/merge`): find the other record, compare
//! the two side by side, choose the record that stays and, part by part, whose value wins.
//! The client's record shows what was merged into it ([`MergeSection`]).

use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::api::{load_merge, load_merge_candidates, merged_lands_on, MergeClients};
use crate::components::{action_error, label, route_id, FieldError, FormError, Loaded};
use crate::i18n::{active_language, format_instant, page_title, t, t_args};
use crate::models::catalogue;
use crate::models::{ClientMerge, ClientSummary, MergeComparison, MergeSide, MERGE_PARTS};

/// On the client's record: the records merged into it, and the way to merge another.
#[component]
pub fn MergeSection(client_id: i64, merges: Vec<ClientMerge>) -> impl IntoView {
    view! {
        <section aria-labelledby="merge-section-title" class="card">
            <h2 id="merge-section-title">{move_tr!("merge-section-title")}</h2>
            {(!merges.is_empty()).then(|| view! {
                <ul class="plain-list merges">
                    {merges.into_iter().map(|m| view! { <li>{merged_text(&m)}</li> }).collect_view()}
                </ul>
            })}
            <p class="hint">{move_tr!("merge-section-hint")}</p>
            <p><a href=format!("/clients/{client_id}/merge")>{move_tr!("merge-find")}</a></p>
        </section>
    }
}

/// "Record 15 (Olena Kowalenko) merged into this one on … by …; taken from it: …".
fn merged_text(m: &ClientMerge) -> impl Fn() -> String + Send + Sync + 'static {
    let m = m.clone();
    move || {
        let mut text = t_args(
            "merge-merged-from",
            &[
                ("number", m.merged_number.to_string()),
                ("name", m.merged_name.clone()),
                ("date", format_instant(m.merged_at, active_language())),
                ("by", m.merged_by.clone()),
            ],
        );
        if !m.taken.is_empty() {
            let parts: Vec<String> = m
                .taken
                .iter()
                .map(|p| t(&format!("merge-part-{p}")))
                .collect();
            text.push(' ');
            text.push_str(&t_args("merge-taken", &[("parts", parts.join(", "))]));
        }
        text
    }
}

/// The merge page: without `?with=` the records that may be the same person (by the
/// client's names, or by the name typed into `?q=`); with it, the comparison.
#[component]
pub fn MergePage() -> impl IntoView {
    let id = route_id();
    let query = use_query_map();
    let with = Memo::new(move |_| query.read().get("with").and_then(|s| s.parse::<i64>().ok()));
    let text = Memo::new(move |_| query.read().get("q").unwrap_or_default());
    let candidates = Resource::new(
        move || (id.get(), with.get(), text.get()),
        |(id, with, text)| async move {
            match with {
                Some(_) => Ok(None),
                None => load_merge_candidates(id, text).await.map(Some),
            }
        },
    );
    let comparison = Resource::new(
        move || (id.get(), with.get()),
        |(id, with)| async move {
            match with {
                Some(other) => load_merge(id, other).await.map(Some),
                None => Ok(None),
            }
        },
    );
    view! {
        <Title text=page_title("merge-title") />
        <p><a href=move || format!("/clients/{}", id.get())>{move_tr!("merge-back")}</a></p>
        <h1>{move_tr!("merge-title")}</h1>
        <Loaded resource=candidates let:found>
            {found.map(|found| view! { <Candidates client_id=id.get_untracked() text=text.get_untracked() found /> })}
        </Loaded>
        <Loaded resource=comparison let:compared>
            {compared.map(|compared| view! { <MergeChoice compared /> })}
        </Loaded>
    }
}

#[component]
fn Candidates(client_id: i64, text: String, found: Vec<ClientSummary>) -> impl IntoView {
    view! {
        <p>{move_tr!("merge-intro")}</p>
        <form class="search-form" role="search" method="get" action=format!("/clients/{client_id}/merge")>
            <div>
                <label for="merge-search">{move_tr!("merge-search-label")}</label>
                <input id="merge-search" name="q" type="search" value=text autocomplete="off" />
            </div>
            <button type="submit" class="button-secondary">{move_tr!("merge-search")}</button>
        </form>
        {if found.is_empty() {
            view! { <p role="status">{move_tr!("merge-none-found")}</p> }.into_any()
        } else {
            view! {
                <div class="table-scroll">
                    <table class="data-table">
                        <caption>{move_tr!("merge-candidates")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{move_tr!("clients-col-name")}</th>
                                <th scope="col">{move_tr!("clients-col-latin")}</th>
                                <th scope="col">{move_tr!("clients-col-birth")}</th>
                                <th scope="col">{move_tr!("merge-col-number")}</th>
                                <th scope="col"><span class="visually-hidden">{move_tr!("merge-compare")}</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            {found.into_iter().map(|c| {
                                let (name, latin) = (c.full_name(), c.latin_name());
                                let birth = c.birth.display();
                                view! {
                                    <tr>
                                        <td><bdi>{name}</bdi></td>
                                        <td><bdi>{latin}</bdi></td>
                                        <td dir="ltr">{move || birth.clone().unwrap_or_else(|| t("clients-birth-unknown"))}</td>
                                        <td dir="ltr">{c.id}</td>
                                        <td><a href=format!("/clients/{client_id}/merge?with={}", c.id)>{move_tr!("merge-compare")}</a></td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any()
        }}
    }
}

/// A part of a record as the comparison shows it ("—" when empty).
fn part_text(side: &MergeSide, part: &str) -> String {
    let c = &side.client;
    let join = |parts: &[&Option<String>], between: &str| {
        parts
            .iter()
            .filter_map(|p| p.as_deref())
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(between)
    };
    let text = match part {
        "name" => c.full_name(),
        "latin" => c.latin_name(),
        "birth" => c.birth.display().unwrap_or_default(),
        "language" => c.preferred_language_name.clone().unwrap_or_default(),
        "interpreter" if c.interpreter_needed => format!(
            "{} {}",
            t("yes"),
            c.interpreter_language_name.clone().unwrap_or_default()
        )
        .trim()
        .to_owned(),
        "interpreter" => t("no"),
        "phone" => c.phone.clone().unwrap_or_default(),
        "email" => c.email.clone().unwrap_or_default(),
        "address" => {
            let city = join(&[&c.postal_code, &c.city], " ");
            let district = c
                .district
                .as_deref()
                .map(|d| label(&[], catalogue::DISTRICT, d));
            join(&[&c.street, &Some(city), &district], ", ")
        }
        "residence" => {
            let r = &side.residence;
            let status = r
                .residence_status
                .as_deref()
                .map(|s| label(&[], catalogue::RESIDENCE, s));
            let benefit = r
                .benefit_regime
                .as_deref()
                .map(|s| label(&[], catalogue::BENEFIT, s));
            join(&[&status, &r.valid_until, &benefit], ", ")
        }
        _ => String::new(),
    };
    if text.is_empty() {
        "—".to_owned()
    } else {
        text
    }
}

/// What hangs on a record: "2 cases · 1 consent · portal access · on hold".
fn side_summary(side: &MergeSide) -> String {
    let mut parts: Vec<String> = [
        ("merge-count-cases", side.cases),
        ("merge-count-household", side.household),
        ("merge-count-consents", side.consents),
        ("merge-count-referrals", side.referrals),
    ]
    .into_iter()
    .map(|(id, n)| format!("{}: {n}", t(id)))
    .collect();
    if side.portal {
        parts.push(t("merge-side-portal"));
    }
    if side.held {
        parts.push(t("hold-marker"));
    }
    parts.join(" · ")
}

/// Which side's value is chosen at first: the record's own (`a`), unless only the other has one.
fn first_choice(compared: &MergeComparison, part: &str) -> &'static str {
    let empty = |side: &MergeSide| part_text(side, part) == "—";
    if empty(&compared.a) && !empty(&compared.b) {
        "b"
    } else {
        "a"
    }
}

#[component]
fn MergeChoice(compared: MergeComparison) -> impl IntoView {
    let action = ServerAction::<MergeClients>::new();
    let error = action_error(action);
    let navigate = use_navigate();
    Effect::new(move |_| {
        if let Some(Ok(kept)) = action.value().get() {
            navigate(&merged_lands_on(kept), Default::default());
        }
    });
    let (a, b) = (compared.a.client.id, compared.b.client.id);
    let held = compared.a.held || compared.b.held;
    let sides = [("a", compared.a.clone()), ("b", compared.b.clone())];
    let record = |id: i64| move || t_args("merge-record", &[("number", id.to_string())]);
    view! {
        <p>{move_tr!("merge-compare-intro")}</p>
        {held.then(|| view! { <p class="notice restricted" role="status">{move_tr!("error-merge-held")}</p> })}
        <ActionForm action attr:class="stacked-form merge-form" attr:novalidate=true>
            <input type="hidden" name="client_id" value=a />
            <input type="hidden" name="other_id" value=b />
            <input type="hidden" name="version" value=compared.a.client.version />
            <input type="hidden" name="other_version" value=compared.b.client.version />
            <fieldset class="merge-part" aria-describedby="merge-keep-error">
                <legend>{move_tr!("merge-keep")}</legend>
                {sides.clone().into_iter().map(|(value, side)| {
                    let id = side.client.id;
                    let name = side.client.full_name();
                    view! {
                        <label class="checkbox">
                            <input type="radio" name="keep" value=value checked=value == "a" />
                            <span>
                                <strong>{record(id)}</strong> " " <bdi>{name}</bdi><br />
                                <span class="hint">{move || side_summary(&side)}</span>
                            </span>
                        </label>
                    }
                }).collect_view()}
                <FieldError error field="keep" id="merge-keep-error" />
            </fieldset>
            <p class="hint">{move_tr!("merge-parts-hint")} " " {move_tr!("merge-parts-same")}</p>
            {MERGE_PARTS.iter().filter(|part| part_text(&compared.a, part) != part_text(&compared.b, part)).map(|&part| {
                let chosen = first_choice(&compared, part);
                view! {
                    <fieldset class="merge-part">
                        <legend>{move || t(&format!("merge-part-{part}"))}</legend>
                        {sides.clone().into_iter().map(|(value, side)| {
                            let id = side.client.id;
                            // Phone numbers, e-mail addresses and dates read left to right in every language.
                            let dir = matches!(part, "phone" | "email" | "birth").then_some("ltr");
                            view! {
                                <label class="checkbox">
                                    <input type="radio" name=part value=value checked=value == chosen />
                                    <span><span class="merge-side">{record(id)}</span> ": " <bdi dir=dir>{move || part_text(&side, part)}</bdi></span>
                                </label>
                            }
                        }).collect_view()}
                    </fieldset>
                }
            }).collect_view()}
            <p class="hint">{move_tr!("merge-warning")}</p>
            // Changed since the comparison, on hold, or the same record twice.
            <FieldError error field="merge" id="merge-error" />
            <FieldError error field="other_id" id="merge-other-error" />
            <FormError error />
            <button type="submit" disabled=move || action.pending().get()>{move_tr!("merge-submit")}</button>
        </ActionForm>
    }
}
