//! Structural issues flagged in cases, grouped by life domain and district, assigned to
//! working groups.

use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use super::CoordinationTabs;
use crate::api::{load_structural_issues, AssignStructuralIssue};
use crate::components::{
    action_error, date_text, label, provide_reload, reload_on_success, ChoiceSelect, FormError,
    FreeText, Loaded, SavedStatus,
};
use crate::i18n::{page_title, t_args};
use crate::models::catalogue;
use crate::models::{IssueSummary, OrganisationChoice};

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
