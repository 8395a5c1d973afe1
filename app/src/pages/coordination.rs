//! Coordinators' pages: programme figures, structural issues, working groups (with members,
//! meetings and measures) and the interim-results overview. Nothing here leads to a person.

use leptos::prelude::*;
use leptos_fluent::move_tr;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::{
    load_figures, load_interim_results, load_structural_issues, load_working_group,
    load_working_groups, AddGroupMeeting, AddGroupMember, AddMeasure, AssignStructuralIssue,
    CreateWorkingGroup, SetMeasureStatus,
};
use crate::components::{
    action_error, date_text, label, label_view, provide_reload, reload_on_success,
    reset_on_success, route_id, CatalogueSelect, ChoiceSelect, Field, FigureChart, FormError,
    FreeText, Loaded, SavedStatus,
};
use crate::i18n::{active_language, format_instant, page_title, t, t_args};
use crate::models::catalogue::{self, MEASURE_STATUSES};
use crate::models::{
    FigureFilter, FigureTable, FiguresPage, IssueSummary, Measure, OrganisationChoice,
    WorkingGroupDetail,
};

/// Sub-navigation of the coordination pages.
#[component]
fn CoordinationTabs() -> impl IntoView {
    view! {
        <nav class="case-tabs" aria-label=move || t("coordination-sections")>
            <a href="/coordination">{move_tr!("figures-title")}</a>
            <a href="/coordination/issues">{move_tr!("issues-title")}</a>
            <a href="/coordination/groups">{move_tr!("groups-title")}</a>
            <a href="/coordination/results">{move_tr!("results-title")}</a>
        </nav>
    }
}

// ---------------------------------------------------------------------------------------
// Figures

fn filter_from_query() -> Memo<FigureFilter> {
    let query = use_query_map();
    Memo::new(move |_| {
        let q = query.get();
        let get = |k: &str| q.get(k).unwrap_or_default();
        FigureFilter {
            from: get("from"),
            to: get("to"),
            district: get("district"),
            organisation: get("organisation"),
        }
    })
}

#[component]
pub fn FiguresPageView() -> impl IntoView {
    let filter = filter_from_query();
    let data = Resource::new(move || filter.get(), load_figures);
    view! {
        <Title text=page_title("figures-title") />
        <h1>{move_tr!("figures-title")}</h1>
        <CoordinationTabs />
        <p class="hint">{move_tr!("figures-intro")}</p>
        <Loaded
            resource=data
            before_error=move || view! { <FilterForm filter=filter.get_untracked() organisations=Vec::new() /> }
            let:page
        >
            <FiguresView page />
        </Loaded>
    }
}

/// The filter: a plain GET form, so the address names what is shown.
#[component]
fn FilterForm(filter: FigureFilter, organisations: Vec<OrganisationChoice>) -> impl IntoView {
    let no_error = Signal::derive(|| None);
    let organisation: Option<i64> = filter.organisation.parse().ok();
    view! {
        <form method="get" action="/coordination" class="filter-form" aria-label=move || t("figures-filter")>
            <Field form="figures" name="from" label="figures-from" kind="date" value=filter.from.clone() error=no_error />
            <Field form="figures" name="to" label="figures-to" kind="date" value=filter.to.clone() error=no_error />
            <CatalogueSelect form="figures" name="district" label="field-district" catalogue=catalogue::DISTRICT
                selected=Some(filter.district.clone()) error=no_error empty=true />
            <ChoiceSelect form="figures" name="organisation" label="figures-organisation" choices=organisations
                selected=organisation error=no_error empty_id="figures-all-organisations" />
            <button type="submit">{move_tr!("figures-show")}</button>
        </form>
    }
}

#[component]
fn FiguresView(page: FiguresPage) -> impl IntoView {
    let FiguresPage {
        figures,
        organisations,
    } = page;
    let filter = FigureFilter {
        from: figures.from.clone(),
        to: figures.to.clone(),
        district: figures.district.clone().unwrap_or_default(),
        organisation: figures
            .organisation_id
            .map(|o| o.to_string())
            .unwrap_or_default(),
    };
    let query = format!(
        "from={}&to={}&district={}&organisation={}",
        filter.from, filter.to, filter.district, filter.organisation
    );
    let (from, to) = (figures.from.clone(), figures.to.clone());
    let computed_at = figures.computed_at;
    view! {
        <FilterForm filter organisations />
        <p class="muted">
            {move || t_args("figures-period", &[("from", date_text(&from)), ("to", date_text(&to))])}
            " · " {move_tr!("figures-suppression")}
            " · " {move || t_args("figures-as-of", &[
                ("time", format_instant(computed_at, active_language())),
                ("minutes", crate::models::SNAPSHOT_MINUTES.to_string()),
            ])}
        </p>
        {figures.tables.into_iter().map(|table| view! { <FigureSection table query=query.clone() /> }).collect_view()}
    }
}

#[component]
fn FigureSection(table: FigureTable, query: String) -> impl IntoView {
    let heading_id = format!("figures-{}", table.key);
    let labelled_by = heading_id.clone();
    let csv = format!("{}/{}.csv?{query}", crate::FIGURES_CSV, table.key);
    let (title, note) = (table.title_id.clone(), table.note_id.clone());
    view! {
        <section class="card figure" aria-labelledby=labelled_by>
            <h2 id=heading_id>{move || t(&title)}</h2>
            {note.map(|n| view! { <p class="hint">{move || t(&n)}</p> })}
            <FigureChart table=table.clone() />
            <FigureTableView table />
            <p><a href=csv rel="external" download="">{move_tr!("figures-csv")}</a></p>
        </section>
    }
}

#[component]
fn FigureTableView(table: FigureTable) -> impl IntoView {
    let corner = table.corner_id.clone();
    let title = table.title_id.clone();
    let region = title.clone();
    view! {
        // Focusable, so a keyboard can scroll a wide table.
        <div class="table-scroll" tabindex="0" role="region" aria-label=move || t(&region)>
            <table class="figures-table">
                <caption class="visually-hidden">{move || t(&title)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || t(&corner)}</th>
                        {table.columns.iter().cloned().map(|c| view! { <th scope="col">{move || label_view(&c)}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {table.rows.into_iter().map(|row| {
                        let label = row.label.clone();
                        view! {
                            <tr>
                                <th scope="row">{move || label_view(&label)}</th>
                                {row.cells.iter().map(|v| {
                                    let suppressed = *v == crate::models::Value::Suppressed;
                                    view! { <td class="number" class:suppressed=suppressed>{v.text()}</td> }
                                }).collect_view()}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

// ---------------------------------------------------------------------------------------
// Structural issues

#[component]
pub fn IssuesPageView() -> impl IntoView {
    let reload = provide_reload();
    let assign = ServerAction::<AssignStructuralIssue>::new();
    reload_on_success(assign);
    let error = action_error(assign);
    let data = Resource::new(move || reload.get(), |_| load_structural_issues());
    view! {
        <Title text=page_title("issues-title") />
        <h1>{move_tr!("issues-title")}</h1>
        <CoordinationTabs />
        <SavedStatus />
        <p class="hint">{move_tr!("issues-intro")}</p>
        <FormError error />
        <Loaded resource=data let:page>
            {if page.groups.is_empty() {
                view! { <p class="muted">{move_tr!("issues-none")}</p> }.into_any()
            } else {
                let groups = page.working_groups.clone();
                page.groups.into_iter().map(|g| {
                    let (domain, district) = (g.domain.clone(), g.district.clone());
                    let groups = groups.clone();
                    view! {
                        <section class="card issue-group">
                            <h2>
                                {move || label(&[], catalogue::DOMAIN, &domain)}
                                {district.clone().map(|d| view! { " · " {move || label(&[], catalogue::DISTRICT, &d)} })}
                            </h2>
                            <p class="counts">{move || t_args("issues-counted", &[("issues", g.issues.to_string()), ("cases", g.cases_affected.to_string())])}</p>
                            <ul class="plain-list">
                                {g.items.into_iter().map(|issue| view! { <IssueItem issue groups=groups.clone() assign /> }).collect_view()}
                            </ul>
                        </section>
                    }
                }).collect_view().into_any()
            }}
        </Loaded>
    }
}

#[component]
fn IssueItem(
    issue: IssueSummary,
    groups: Vec<OrganisationChoice>,
    assign: ServerAction<AssignStructuralIssue>,
) -> impl IntoView {
    let error = action_error(assign);
    let form = format!("issue-{}", issue.id);
    let flagged = issue.flagged_on.clone();
    view! {
        <li class="issue">
            <FreeText text=issue.description.clone() />
            <p class="muted">
                {move || t_args("issues-cases-affected", &[("count", issue.cases_affected.to_string())])}
                " · " {issue.organisations.join(", ")}
                " · " <span dir="ltr">{move || date_text(&flagged)}</span>
            </p>
            {match issue.group_name.clone() {
                Some(name) => view! { <p>{move_tr!("issues-in-group")} " " <a href=format!("/coordination/groups/{}", issue.group_id.unwrap_or(0))>{name}</a></p> }.into_any(),
                None if groups.is_empty() => view! { <p class="hint">{move_tr!("issues-no-groups")} " " <a href="/coordination/groups">{move_tr!("groups-title")}</a></p> }.into_any(),
                None => view! {
                    <ActionForm action=assign attr:class="inline-form">
                        <input type="hidden" name="issue_id" value=issue.id />
                        <ChoiceSelect form=form name="group_id" label="issues-working-group" choices=groups error />
                        <button type="submit">{move_tr!("issues-bring-to-group")}</button>
                    </ActionForm>
                }.into_any(),
            }}
        </li>
    }
}

// ---------------------------------------------------------------------------------------
// Working groups

#[component]
pub fn WorkingGroupsPageView() -> impl IntoView {
    let reload = provide_reload();
    let create = ServerAction::<CreateWorkingGroup>::new();
    let form_ref = reset_on_success(create);
    reload_on_success(create);
    let error = action_error(create);
    let data = Resource::new(move || reload.get(), |_| load_working_groups());
    view! {
        <Title text=page_title("groups-title") />
        <h1>{move_tr!("groups-title")}</h1>
        <CoordinationTabs />
        <SavedStatus />
        <Loaded resource=data let:page>
            {if page.groups.is_empty() {
                view! { <p class="muted">{move_tr!("groups-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain-list group-list">
                        {page.groups.into_iter().map(|g| {
                            let topic = g.topic.clone();
                            view! {
                                <li class="card">
                                    <h2><a href=format!("/coordination/groups/{}", g.id)>{g.name.clone()}</a></h2>
                                    <p>{move_tr!("groups-topic")} ": " {move || label(&[], catalogue::DOMAIN, &topic)}</p>
                                    <p class="muted">{g.organisations.join(", ")}</p>
                                    <p>{move || t_args("groups-measures-count", &[("count", g.measures.to_string()), ("implemented", g.implemented.to_string())])}</p>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </Loaded>
        <section class="card" aria-labelledby="group-new">
            <h2 id="group-new">{move_tr!("groups-new")}</h2>
            <ActionForm action=create node_ref=form_ref attr:class="stacked-form" attr:novalidate=true>
                <Field form="group" name="group_name" label="field-group-name" error />
                <CatalogueSelect form="group" name="topic" label="groups-topic" catalogue=catalogue::DOMAIN error empty=true />
                <FormError error />
                <button type="submit">{move_tr!("groups-create")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
pub fn WorkingGroupPageView() -> impl IntoView {
    let id = route_id();
    let reload = provide_reload();
    // Actions live at page level: their answer survives the reload they trigger.
    let member = ServerAction::<AddGroupMember>::new();
    let meeting = ServerAction::<AddGroupMeeting>::new();
    let measure = ServerAction::<AddMeasure>::new();
    let status = ServerAction::<SetMeasureStatus>::new();
    reload_on_success(member);
    reload_on_success(meeting);
    reload_on_success(measure);
    reload_on_success(status);
    let actions = GroupActions {
        member,
        meeting,
        measure,
        status,
    };
    let data = Resource::new(
        move || (id.get(), reload.get()),
        |(id, _)| load_working_group(id),
    );
    view! {
        <Title text=page_title("group-title") />
        <SavedStatus />
        <Loaded resource=data heading="group-title" before_error=|| view! { <CoordinationTabs /> } let:group>
            <GroupView group actions />
        </Loaded>
    }
}

#[derive(Clone, Copy)]
struct GroupActions {
    member: ServerAction<AddGroupMember>,
    meeting: ServerAction<AddGroupMeeting>,
    measure: ServerAction<AddMeasure>,
    status: ServerAction<SetMeasureStatus>,
}

#[component]
fn GroupView(group: WorkingGroupDetail, actions: GroupActions) -> impl IntoView {
    let WorkingGroupDetail {
        id,
        name,
        topic,
        members,
        meetings,
        issues,
        measures,
        organisations,
    } = group;
    let member_error = action_error(actions.member);
    let meeting_error = action_error(actions.meeting);
    let measure_error = action_error(actions.measure);
    let topic_shown = topic.clone();
    let (member_orgs, orgs_1, orgs_2) = (
        organisations.clone(),
        organisations.clone(),
        organisations.clone(),
    );
    let issue_choices: Vec<OrganisationChoice> = issues
        .iter()
        .map(|i| OrganisationChoice {
            id: i.id,
            name: if i.description.chars().count() > 80 {
                format!("{}…", i.description.chars().take(79).collect::<String>())
            } else {
                i.description.clone()
            },
        })
        .collect();
    view! {
        <h1>{move_tr!("group-title")} " " <bdi>{name}</bdi></h1>
        <CoordinationTabs />
        <p>{move_tr!("groups-topic")} ": " {move || label(&[], catalogue::DOMAIN, &topic_shown)}</p>
        <section class="card" aria-labelledby="group-members">
            <h2 id="group-members">{move_tr!("group-members")}</h2>
            {members.is_empty().then(|| view! { <p class="muted">{move_tr!("group-members-none")}</p> })}
            <ul class="plain-list">
                {members.into_iter().map(|m| view! { <li><bdi>{m.person}</bdi> " · " <bdi>{m.organisation}</bdi></li> }).collect_view()}
            </ul>
            <ActionForm action=actions.member attr:class="stacked-form" attr:novalidate=true>
                <input type="hidden" name="group_id" value=id />
                <Field form="member" name="person" label="field-member-person" error=member_error />
                <ChoiceSelect form="member" name="organisation_id" label="field-organisation" choices=member_orgs error=member_error />
                <FormError error=member_error />
                <button type="submit">{move_tr!("group-member-add")}</button>
            </ActionForm>
        </section>
        <section class="card" aria-labelledby="group-issues">
            <h2 id="group-issues">{move_tr!("group-issues")}</h2>
            {issues.is_empty().then(|| view! { <p class="muted">{move_tr!("group-issues-none")}</p> })}
            <ul class="plain-list">
                {issues.into_iter().map(|i| {
                    let domain = i.domain.clone();
                    view! {
                        <li>
                            <FreeText text=i.description.clone() />
                            <p class="muted">{move || label(&[], catalogue::DOMAIN, &domain)} " · "
                                {move || t_args("issues-cases-affected", &[("count", i.cases_affected.to_string())])}</p>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
        <section class="card" aria-labelledby="group-measures">
            <h2 id="group-measures">{move_tr!("group-measures")}</h2>
            {measures.is_empty().then(|| view! { <p class="muted">{move_tr!("group-measures-none")}</p> })}
            <ul class="plain-list measures">
                {measures.into_iter().map(|m| view! { <MeasureItem measure=m action=actions.status /> }).collect_view()}
            </ul>
            <h3>{move_tr!("group-measure-new")}</h3>
            <ActionForm action=actions.measure attr:class="stacked-form" attr:novalidate=true>
                <input type="hidden" name="group_id" value=id />
                <Field form="measure" name="title" label="field-measure-title" error=measure_error />
                <CatalogueSelect form="measure" name="topic" label="groups-topic" catalogue=catalogue::DOMAIN selected=Some(topic.clone()) error=measure_error empty=true />
                <CatalogueSelect form="measure" name="status" label="field-measure-status" catalogue=catalogue::MEASURE_STATUS error=measure_error />
                <Field form="measure" name="status_on" label="field-status-on" kind="date" error=measure_error />
                <Field form="measure" name="due_on" label="field-due-on" kind="date" error=measure_error />
                <ChoiceSelect form="measure" name="issue_id" label="field-measure-issue" choices=issue_choices error=measure_error empty_id="measure-no-issue" />
                <fieldset>
                    <legend>{move_tr!("field-responsible-organisations")}</legend>
                    <ChoiceSelect form="measure" name="organisation_1" label="field-organisation-1" choices=orgs_1 error=measure_error />
                    <ChoiceSelect form="measure" name="organisation_2" label="field-organisation-2" choices=orgs_2 error=measure_error />
                    <ChoiceSelect form="measure" name="organisation_3" label="field-organisation-3" choices=organisations error=measure_error />
                </fieldset>
                <FormError error=measure_error />
                <button type="submit">{move_tr!("group-measure-add")}</button>
            </ActionForm>
        </section>
        <section class="card" aria-labelledby="group-meetings">
            <h2 id="group-meetings">{move_tr!("group-meetings")}</h2>
            {meetings.is_empty().then(|| view! { <p class="muted">{move_tr!("group-meetings-none")}</p> })}
            <ul class="plain-list">
                {meetings.into_iter().map(|m| {
                    let on = m.held_on.clone();
                    view! { <li><h3 dir="ltr">{move || date_text(&on)}</h3><FreeText text=m.minutes /></li> }
                }).collect_view()}
            </ul>
            <ActionForm action=actions.meeting attr:class="stacked-form" attr:novalidate=true>
                <input type="hidden" name="group_id" value=id />
                <Field form="meeting" name="held_on" label="field-held-on" kind="date" error=meeting_error />
                <Field form="meeting" name="minutes" label="field-minutes" multiline=true error=meeting_error />
                <FormError error=meeting_error />
                <button type="submit">{move_tr!("group-meeting-add")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn MeasureItem(measure: Measure, action: ServerAction<SetMeasureStatus>) -> impl IntoView {
    let error = action_error(action);
    let (status, topic, status_on) = (
        measure.status.clone(),
        measure.topic.clone(),
        measure.status_on.clone(),
    );
    let form = format!("measure-{}", measure.id);
    let due = measure.due_on.clone();
    let next: Vec<&'static str> = MEASURE_STATUSES
        .iter()
        .copied()
        .filter(|s| *s != measure.status)
        .collect();
    view! {
        <li class="measure">
            <h3>{measure.title.clone()}</h3>
            <p>
                <span class="status">{move || label(&[], catalogue::MEASURE_STATUS, &status)}</span>
                " " <span dir="ltr">{move || date_text(&status_on)}</span>
                " · " {move || label(&[], catalogue::DOMAIN, &topic)}
                {due.map(|d| view! { " · " {move_tr!("field-due-on")} " " <span dir="ltr">{move || date_text(&d)}</span> })}
            </p>
            <p class="muted">{move_tr!("field-responsible-organisations")} ": " {measure.organisations.join(", ")}</p>
            {measure.issue.clone().map(|i| view! { <p class="muted">{move_tr!("field-measure-issue")} ": " {i}</p> })}
            <details>
                <summary>{move_tr!("measure-history")}</summary>
                <ol class="history">
                    {measure.history.into_iter().map(|h| {
                        let (s, on) = (h.status.clone(), h.on_date.clone());
                        view! { <li><span dir="ltr">{move || date_text(&on)}</span> " · " {move || label(&[], catalogue::MEASURE_STATUS, &s)}</li> }
                    }).collect_view()}
                </ol>
            </details>
            <ActionForm action attr:class="inline-form">
                <input type="hidden" name="measure_id" value=measure.id />
                <input type="hidden" name="version" value=measure.version />
                <CatalogueSelect form=form.clone() name="status" label="measure-new-status" catalogue=catalogue::MEASURE_STATUS codes=next error />
                <Field form=form name="on_date" label="field-status-on" kind="date" error />
                <button type="submit" class="button-secondary">{move_tr!("measure-set-status")}</button>
            </ActionForm>
        </li>
    }
}

// ---------------------------------------------------------------------------------------
// Interim results

#[component]
pub fn ResultsPageView() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_interim_results());
    view! {
        <Title text=page_title("results-title") />
        <h1>{move_tr!("results-title")}</h1>
        <CoordinationTabs />
        <p class="hint">{move_tr!("results-intro")}</p>
        <Loaded resource=data let:results>
            {if results.topics.is_empty() {
                view! { <p class="muted">{move_tr!("results-none")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll" tabindex="0" role="region" aria-label=move || t("results-by-status")>
                        <table class="figures-table">
                            <caption>{move_tr!("results-by-status")}</caption>
                            <thead><tr>
                                <th scope="col">{move_tr!("groups-topic")}</th>
                                {MEASURE_STATUSES.iter().map(|s| view! { <th scope="col">{move || label(&[], catalogue::MEASURE_STATUS, s)}</th> }).collect_view()}
                            </tr></thead>
                            <tbody>
                                {results.topics.iter().map(|topic| {
                                    let code = topic.topic.clone();
                                    view! {
                                        <tr>
                                            <th scope="row">{move || label(&[], catalogue::DOMAIN, &code)}</th>
                                            {topic.by_status.iter().map(|n| view! { <td class="number">{*n}</td> }).collect_view()}
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    {results.topics.into_iter().map(|topic| {
                        let code = topic.topic.clone();
                        view! {
                            <section class="card results-topic">
                                <h2>{move || label(&[], catalogue::DOMAIN, &code)}</h2>
                                <h3>{move_tr!("results-implemented")}</h3>
                                {topic.implemented.is_empty().then(|| view! { <p class="muted">{move_tr!("results-none-implemented")}</p> })}
                                <MeasureList measures=topic.implemented date_id="results-implemented-on" class="implemented" />
                                {(!topic.agreed.is_empty()).then(|| view! {
                                    <h3>{move_tr!("results-agreed")}</h3>
                                    <MeasureList measures=topic.agreed date_id="results-agreed-on" class="agreed" />
                                })}
                            </section>
                        }
                    }).collect_view()}
                }.into_any()
            }}
        </Loaded>
    }
}

#[component]
fn MeasureList(
    measures: Vec<crate::models::ImplementedMeasure>,
    date_id: &'static str,
    class: &'static str,
) -> impl IntoView {
    view! {
        <ul class="plain-list">
            {measures.into_iter().map(|m| {
                let on = m.implemented_on.clone();
                view! {
                    <li class=class>
                        <strong>{m.title}</strong>
                        <p class="muted">{move || t(date_id)} " " <span dir="ltr">{move || date_text(&on)}</span>
                            " · " <bdi>{m.group}</bdi> " · " {m.organisations.join(", ")}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
