//! Working groups: the list, a new group, and one group with its members, meetings and
//! measures.

use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use super::CoordinationTabs;
use crate::api::{
    load_working_group, load_working_groups, AddGroupMeeting, AddGroupMember, AddMeasure,
    CreateWorkingGroup, SetMeasureStatus,
};
use crate::components::{
    action_error, date_text, label, provide_reload, reload_on_success, reset_on_success, route_id,
    CatalogueSelect, ChoiceSelect, Field, FormError, FreeText, Loaded, SavedStatus,
};
use crate::i18n::{page_title, t_args};
use crate::models::catalogue;
use crate::models::MeasureStatus;
use crate::models::{Measure, OrganisationChoice, WorkingGroupDetail};

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
    let next: Vec<&'static str> = MeasureStatus::ALL
        .iter()
        .filter(|s| measure.status != **s)
        .map(|s| s.as_str())
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
