//! A case's structural issues: the case manager flags a recurring problem seen in this case
//! for the programme's working groups. Nothing personal goes with it; the list of issues
//! flagged from this case is shown only to the case manager who flagged them.

use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{load_case_issues, FlagStructuralIssue};
use crate::components::{
    action_error, date_text, label, provide_reload, reload_on_success, reset_on_success, route_id,
    CatalogueSelect, ChoiceSelect, Field, FormError, FreeText, Loaded, SavedStatus,
};
use crate::i18n::{page_title, t_args};
use crate::models::catalogue;
use crate::models::CaseIssues;
use crate::pages::cases::overview::CaseHeader;

#[component]
pub fn CaseIssuesPage() -> impl IntoView {
    let id = route_id();
    let reload = provide_reload();
    let action = ServerAction::<FlagStructuralIssue>::new();
    reload_on_success(action);
    let data = Resource::new(
        move || (id.get(), reload.get()),
        |(id, _)| load_case_issues(id),
    );
    view! {
        <Title text=page_title("case-issues-title") />
        <SavedStatus />
        <Loaded resource=data heading="case-issues-title" let:page>
            <CaseIssuesView page action />
        </Loaded>
    }
}

#[component]
fn CaseIssuesView(page: CaseIssues, action: ServerAction<FlagStructuralIssue>) -> impl IntoView {
    let CaseIssues {
        head,
        issues,
        organisations,
        district,
    } = page;
    let case_id = head.id;
    let (orgs_1, orgs_2) = (organisations.clone(), organisations.clone());
    let error = action_error(action);
    let form_ref = reset_on_success(action);
    let orgs_error = Signal::derive(move || {
        // Organisation 1 carries the "choose at least one" message of the whole list.
        error.get().map(|e| match e {
            crate::error::AppError::Invalid { field, message_id } if field == "organisations" => {
                crate::error::AppError::Invalid {
                    field: "organisation_1".into(),
                    message_id,
                }
            }
            other => other,
        })
    });
    view! {
        <h1>{move_tr!("case-issues-title")} " " <bdi>{head.client_name.clone()}</bdi></h1>
        <CaseHeader head=head.clone() />
        <section class="card" aria-labelledby="issue-new">
            <h2 id="issue-new">{move_tr!("case-issue-new")}</h2>
            <p class="hint">{move_tr!("case-issue-hint")}</p>
            <ActionForm action node_ref=form_ref attr:class="stacked-form" attr:novalidate=true>
                <input type="hidden" name="case_id" value=case_id />
                <CatalogueSelect form="issue" name="domain" label="field-life-domain" catalogue=catalogue::DOMAIN error empty=true />
                <CatalogueSelect form="issue" name="district" label="field-district" catalogue=catalogue::DISTRICT selected=district error empty=true />
                <Field form="issue" name="description" label="field-issue-description" multiline=true error />
                <Field form="issue" name="cases_affected" label="field-cases-affected" kind="number" min="1" ltr=true error />
                <fieldset>
                    <legend>{move_tr!("field-organisations-involved")}</legend>
                    <ChoiceSelect form="issue" name="organisation_1" label="field-organisation-1" choices=orgs_1 error=orgs_error />
                    <ChoiceSelect form="issue" name="organisation_2" label="field-organisation-2" choices=orgs_2 error />
                    <ChoiceSelect form="issue" name="organisation_3" label="field-organisation-3" choices=organisations error />
                </fieldset>
                <FormError error />
                <button type="submit">{move_tr!("case-issue-flag")}</button>
            </ActionForm>
        </section>
        <section class="card" aria-labelledby="issues-flagged">
            <h2 id="issues-flagged">{move_tr!("case-issues-flagged")}</h2>
            <p class="hint">{move_tr!("case-issues-only-you")}</p>
            {issues.is_empty().then(|| view! { <p class="muted">{move_tr!("case-issues-none")}</p> })}
            <ul class="plain-list">
                {issues.into_iter().map(|i| {
                    let (domain, on) = (i.domain.clone(), i.flagged_on.clone());
                    view! {
                        <li class="issue">
                            <FreeText text=i.description.clone() />
                            <p class="muted">
                                {move || label(&[], catalogue::DOMAIN, &domain)} " · "
                                {move || t_args("issues-cases-affected", &[("count", i.cases_affected.to_string())])} " · "
                                {i.organisations.join(", ")} " · " <span dir="ltr">{move || date_text(&on)}</span>
                            </p>
                            <p>{match i.group_name.clone() {
                                Some(g) => view! { {move_tr!("issues-in-group")} " " <bdi>{g}</bdi> }.into_any(),
                                None => view! { {move_tr!("case-issue-waiting")} }.into_any(),
                            }}</p>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
