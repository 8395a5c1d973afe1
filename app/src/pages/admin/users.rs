use crate::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{list_organisations, list_users, CreateUser, SetUserActive, SetUserRole};
use crate::components::{
    action_error, query_page, FieldError, FormError, Loaded, Pager, SavedStatus,
};
use crate::i18n::{active_language, format_instant, page_title, t};
use crate::models::{Role, StaffAccount};

/// Administrators: staff accounts with their roles; create, change role, (de)activate.
#[component]
pub fn UsersPage() -> impl IntoView {
    let create = ServerAction::<CreateUser>::new();
    let set_role = ServerAction::<SetUserRole>::new();
    let set_active = ServerAction::<SetUserActive>::new();
    let page = query_page();
    let changes = move || {
        (
            create.version().get(),
            set_role.version().get(),
            set_active.version().get(),
        )
    };
    let users = Resource::new(
        move || (page.get(), changes()),
        |(page, _)| list_users(page),
    );
    let organisations = Resource::new(|| (), |_| list_organisations());
    let (role_error, active_error) = (action_error(set_role), action_error(set_active));
    let row_error = Signal::derive(move || role_error.get().or_else(|| active_error.get()));
    view! {
        <Title text=page_title("users-title") />
        <h1>{move_tr!("users-title")}</h1>
        <FormError error=row_error all=true />
        <SavedStatus />
        <Loaded resource=users let:list>
            {
                let has_next = list.has_next;
                let current = list.page;
                view! {
                    <div class="table-scroll">
                        <table class="data-table">
                            <caption class="visually-hidden">{move_tr!("users-title")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{move_tr!("field-display-name")}</th>
                                    <th scope="col">{move_tr!("field-email")}</th>
                                    <th scope="col">{move_tr!("field-organisation")}</th>
                                    <th scope="col">{move_tr!("field-role")}</th>
                                    <th scope="col">{move_tr!("users-last-sign-in")}</th>
                                    <th scope="col">{move_tr!("users-status")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {list.items.into_iter().map(|account| view! {
                                    <UserRow account set_role set_active />
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <Pager current has_next />
                }
            }
        </Loaded>
        <h2>{move_tr!("users-new")}</h2>
        <NewUserForm create organisations />
    }
}

#[component]
fn UserRow(
    account: StaffAccount,
    set_role: ServerAction<SetUserRole>,
    set_active: ServerAction<SetUserActive>,
) -> impl IntoView {
    let id = account.id;
    let select_id = format!("role-{id}");
    let last = account.last_sign_in_at;
    let active = account.active;
    let name = account.display_name.clone();
    let role_label = move || format!("{}: {}", t("field-role"), name);
    view! {
        <tr class:inactive=!active>
            <td><bdi>{account.display_name.clone()}</bdi></td>
            <td><bdi dir="ltr">{account.email}</bdi></td>
            <td><bdi>{account.organisation_name}</bdi></td>
            <td>
                <ActionForm action=set_role attr:class="inline-form">
                    <input type="hidden" name="user_id" value=id />
                    <select id=select_id name="role" aria-label=role_label>
                        {Role::ALL.into_iter().map(|role| view! {
                            <option value=role.as_str() selected=role == account.role>{move || t(role.message_id())}</option>
                        }).collect_view()}
                    </select>
                    " "
                    <button type="submit" class="button-secondary">{move_tr!("users-role-change")}</button>
                </ActionForm>
            </td>
            <td>{move || last.map(|ms| format_instant(ms, active_language())).unwrap_or_else(|| t("users-never"))}</td>
            <td>
                <span class="status-text">{move || t(if active { "users-active" } else { "users-inactive" })}</span>
                " "
                <ActionForm action=set_active attr:class="inline-form">
                    <input type="hidden" name="user_id" value=id />
                    <input type="hidden" name="active" value=(!active).to_string() />
                    <button type="submit" class="button-secondary">
                        {move || t(if active { "users-deactivate" } else { "users-activate" })}
                    </button>
                </ActionForm>
                {(account.role == Role::CaseManager).then(|| view! {
                    " "
                    <a href=format!("/admin/users/{id}/handover")>{move_tr!("handover-link")}</a>
                })}
            </td>
        </tr>
    }
}

#[component]
fn NewUserForm(
    create: ServerAction<CreateUser>,
    organisations: Resource<Result<Vec<crate::models::Organisation>, crate::error::AppError>>,
) -> impl IntoView {
    let error = action_error(create);
    // A plain form post comes back as `?done=user-created`.
    let done = crate::components::done_by_form();
    let created_by_form = Signal::derive(move || done.get().as_deref() == Some("user-created"));
    view! {
        <ActionForm action=create attr:class="stacked-form" attr:novalidate=true>
            <label for="user-name">{move_tr!("field-display-name")}</label>
            <input id="user-name" name="display_name" type="text" aria-describedby="user-name-error" />
            <FieldError error field="display_name" id="user-name-error" />
            <label for="user-email">{move_tr!("field-email")}</label>
            <input id="user-email" name="email" type="email" dir="ltr" aria-describedby="user-email-error" />
            <FieldError error field="email" id="user-email-error" />
            <label for="user-organisation">{move_tr!("field-organisation")}</label>
            <select id="user-organisation" name="organisation_id" aria-describedby="user-organisation-error">
                <option value="">{move_tr!("choose-option")}</option>
                <Transition fallback=|| ()>
                    {move || Suspend::new(async move {
                        organisations.await.unwrap_or_default().into_iter().map(|o| view! {
                            <option value=o.id.to_string()>{o.name}</option>
                        }).collect_view()
                    })}
                </Transition>
            </select>
            <FieldError error field="organisation_id" id="user-organisation-error" />
            <label for="user-role">{move_tr!("field-role")}</label>
            <select id="user-role" name="role" aria-describedby="user-role-error">
                <option value="">{move_tr!("choose-option")}</option>
                {Role::ALL.into_iter().map(|role| view! {
                    <option value=role.as_str()>{move || t(role.message_id())}</option>
                }).collect_view()}
            </select>
            <FieldError error field="role" id="user-role-error" />
            <label for="user-password">{move_tr!("field-initial-password")}</label>
            <input id="user-password" name="password" type="password" autocomplete="new-password" dir="ltr"
                aria-describedby="user-password-hint user-password-error" />
            <p class="hint" id="user-password-hint">{move_tr!("password-rule")}</p>
            <FieldError error field="password" id="user-password-error" />
            <FormError error />
            <button type="submit" disabled=move || create.pending().get()>{move_tr!("users-create")}</button>
            <div role="status" class="status-region">
                {move || (matches!(create.value().get(), Some(Ok(_))) || created_by_form.get()).then(|| view! {
                    <p class="success">{move_tr!("users-created")}</p>
                })}
            </div>
        </ActionForm>
    }
}
