//! Registering clients and finding them again, in any script and spelling.

use sqlx::AnyConnection;

use crate::error::AppError;
use crate::models::{
    ClientDetail, ClientQuery, ClientRecord, ClientSummary, CurrentUser, HouseholdMember,
    NewClient, NewClientOutcome, Note, NoteCompartment, Page, PartialDate, Residence, PAGE_SIZE,
};
use crate::server::infra::concurrency::{self, Versioned};
use crate::server::infra::db::{now_ms, Backend, Db};
use crate::server::infra::fields::catalogues::{
    Benefit, District, Relation, Residence as ResidenceStatus,
};
use crate::server::infra::fields::{
    text_of, BirthDate, Code, Email, LanguageCode, PersonName, Phone, PostalCode, Text,
};
use crate::server::infra::input;
use crate::server::{
    casework::holds, casework::name_keys, casework::name_search, languages, policy,
};

/// A client's record as the form sent it, checked: only [`ClientInput::try_from`] builds it.
#[derive(Debug, Clone)]
pub struct ClientInput {
    name: PersonName,
    given_latin: Option<Text>,
    family_latin: Option<Text>,
    birth: BirthDate,
    preferred: Option<LanguageCode>,
    interpreter_needed: bool,
    interpreter: Option<LanguageCode>,
    phone: Option<Phone>,
    email: Option<Email>,
    street: Option<Text>,
    postal_code: Option<PostalCode>,
    city: Option<Text>,
    district: Option<Code<District>>,
}

impl TryFrom<&NewClient> for ClientInput {
    type Error = AppError;

    /// Checks the fields in the order the form shows them, so the first wrong one is named.
    fn try_from(form: &NewClient) -> Result<Self, AppError> {
        let name = PersonName::parse(&form.given_names, &form.family_name)?;
        let email = Email::parse(&form.email, "email")?;
        Ok(ClientInput {
            name,
            given_latin: Text::parse(&form.given_names_latin, "given_names_latin", 200)?,
            family_latin: Text::parse(&form.family_name_latin, "family_name_latin", 200)?,
            birth: BirthDate::parse(&form.birth_year, &form.birth_month, &form.birth_day)?,
            preferred: LanguageCode::parse(&form.preferred_language, "preferred_language")?,
            interpreter_needed: form.interpreter_needed,
            interpreter: LanguageCode::parse(&form.interpreter_language, "interpreter_language")?,
            phone: Phone::parse(&form.phone, "phone")?,
            email,
            street: Text::parse(&form.street, "street", 200)?,
            postal_code: PostalCode::parse(&form.postal_code, "postal_code")?,
            city: Text::parse(&form.city, "city", 100)?,
            district: Code::parse(&form.district, "district", &[])?,
        })
    }
}

impl Versioned for ClientInput {
    fn fields(&self) -> Vec<(&'static str, String)> {
        let birth = self.birth.as_partial();
        client_fields(ClientValues {
            given: self.name.given(),
            family: self.name.family(),
            given_latin: text_of(&self.given_latin),
            family_latin: text_of(&self.family_latin),
            birth,
            preferred: text_of(&self.preferred),
            interpreter: text_of(&self.interpreter),
            phone: text_of(&self.phone),
            email: text_of(&self.email),
            street: text_of(&self.street),
            postal_code: text_of(&self.postal_code),
            city: text_of(&self.city),
            district: text_of(&self.district),
        })
    }
}

impl Versioned for ClientRecord {
    fn fields(&self) -> Vec<(&'static str, String)> {
        client_fields(ClientValues {
            given: &self.given_names,
            family: &self.family_name,
            given_latin: text_of(&self.given_names_latin),
            family_latin: text_of(&self.family_name_latin),
            birth: self.birth,
            preferred: text_of(&self.preferred_language),
            interpreter: text_of(&self.interpreter_language),
            phone: text_of(&self.phone),
            email: text_of(&self.email),
            street: text_of(&self.street),
            postal_code: text_of(&self.postal_code),
            city: text_of(&self.city),
            district: text_of(&self.district),
        })
    }
}

/// A client's record as text, the same for the stored record and the edit sent.
struct ClientValues<'a> {
    given: &'a str,
    family: &'a str,
    given_latin: String,
    family_latin: String,
    birth: PartialDate,
    preferred: String,
    interpreter: String,
    phone: String,
    email: String,
    street: String,
    postal_code: String,
    city: String,
    district: String,
}

/// The fields an edit conflict names (the one list of them).
fn client_fields(v: ClientValues) -> Vec<(&'static str, String)> {
    let year = v.birth.year.map(|y| y.to_string()).unwrap_or_default();
    vec![
        ("field-given-names", v.given.to_owned()),
        ("field-family-name", v.family.to_owned()),
        ("field-given-names-latin", v.given_latin),
        ("field-family-name-latin", v.family_latin),
        ("client-birth", v.birth.display().unwrap_or_default()),
        ("field-birth-year", year),
        ("field-preferred-language", v.preferred),
        ("field-interpreter-language", v.interpreter),
        ("field-phone", v.phone),
        ("field-email", v.email),
        ("field-street", v.street),
        ("field-postal-code", v.postal_code),
        ("field-city", v.city),
        ("field-district", v.district),
    ]
}

/// Binds the fields of a checked client form, in the order of [`CLIENT_COLUMNS`].
macro_rules! bind_client_fields {
    ($query:expr, $v:expr) => {
        $query
            .bind($v.name.given())
            .bind($v.name.family())
            .bind($v.given_latin.as_ref().map(Text::as_str))
            .bind($v.family_latin.as_ref().map(Text::as_str))
            .bind($v.birth.as_partial().year)
            .bind($v.birth.as_partial().month)
            .bind($v.birth.as_partial().day)
            .bind($v.preferred.as_ref().map(LanguageCode::as_str))
            .bind(i64::from($v.interpreter_needed))
            .bind($v.interpreter.as_ref().map(LanguageCode::as_str))
            .bind($v.phone.as_ref().map(Phone::as_str))
            .bind($v.email.as_ref().map(Email::as_str))
            .bind($v.street.as_ref().map(Text::as_str))
            .bind($v.postal_code.as_ref().map(PostalCode::as_str))
            .bind($v.city.as_ref().map(Text::as_str))
            .bind($v.district.as_ref().map(Code::as_str))
    };
}

/// The columns a client form fills, as `$1`..`$16`.
const CLIENT_COLUMNS: [&str; 16] = [
    "given_names",
    "family_name",
    "given_names_latin",
    "family_name_latin",
    "birth_year",
    "birth_month",
    "birth_day",
    "preferred_language",
    "interpreter_needed",
    "interpreter_language",
    "phone",
    "email",
    "street",
    "postal_code",
    "city",
    "district",
];

/// Private working notes are shown to their author only: the condition every query of notes
/// adds (`author_id` must be the actor's id, bound as `$2`, when the compartment is private).
const PRIVATE_NOTES_CONDITION: &str = "(n.compartment <> 'private' OR n.author_id = $2)";

/// Replaces the search keys of a client's names.
async fn write_name_keys(
    tx: &mut sqlx::AnyConnection,
    client_id: i64,
    organisation_id: i64,
    input: &ClientInput,
) -> Result<(), AppError> {
    let names = name_keys::Names {
        client_id,
        organisation_id,
        given: input.name.given(),
        family: input.name.family(),
        given_latin: input.given_latin.as_ref().map(Text::as_str),
        family_latin: input.family_latin.as_ref().map(Text::as_str),
    };
    name_keys::replace(tx, &[names]).await
}

/// Registers a client, unless possible duplicates exist and the case manager has not yet
/// confirmed (`confirmed_new`) that this is a different person.
pub async fn register(
    db: &Db,
    actor: &CurrentUser,
    input: &ClientInput,
    confirmed_new: bool,
) -> Result<NewClientOutcome, AppError> {
    if !confirmed_new {
        let duplicates = possible_duplicates(db, actor, input).await?;
        if !duplicates.is_empty() {
            return Ok(NewClientOutcome::PossibleDuplicates(duplicates));
        }
    }
    let id = create(db, actor, input).await?;
    Ok(NewClientOutcome::Created { id })
}

/// Registers a client in the case manager's organisation; returns the new id.
pub async fn create(db: &Db, actor: &CurrentUser, v: &ClientInput) -> Result<i64, AppError> {
    let (mut tx, grant) = policy::caseload(db, actor).await?;
    let now = now_ms();
    // SQLite numbers a new row one above the highest it holds, so the number of a record
    // merged away while it was the newest would come back for the next person, and the merge
    // note on the record that stayed would name someone else. Numbers noted there are never
    // given again (PostgreSQL's identity never gives a number twice).
    let (id_column, id_value) = match db.backend {
        Backend::Sqlite => (
            "id, ",
            "(SELECT MAX(n) + 1 FROM (SELECT COALESCE(MAX(id), 0) AS n FROM clients
              UNION ALL SELECT COALESCE(MAX(merged_number), 0) FROM client_merges) AS used), ",
        ),
        Backend::Postgres => ("", ""),
    };
    let insert = format!(
        "INSERT INTO clients ({id_column}{}, organisation_id, created_by, created_at, updated_at)
         VALUES ({id_value}$1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $19)
         RETURNING id",
        CLIENT_COLUMNS.join(", ")
    );
    let id = bind_client_fields!(sqlx::query_scalar::<_, i64>(&insert), v)
        .bind(actor.organisation_id)
        .bind(actor.id)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
    write_name_keys(&mut tx, id, actor.organisation_id, v).await?;
    grant
        .for_client(id)
        .audit(&mut tx, "client", Some(id), "create")
        .await?;
    tx.commit().await?;
    Ok(id)
}

/// Changes a client's record, unless someone else changed it since `version` was loaded.
/// Returns the new version.
pub async fn update(
    db: &Db,
    actor: &CurrentUser,
    client_id: i64,
    version: i64,
    v: &ClientInput,
) -> Result<i64, AppError> {
    let (mut tx, grant) = policy::client(db, actor, client_id).await?;
    let stored = record(&mut tx, client_id).await?;
    concurrency::check_version(&stored, stored.version, v, version)?;
    let assignments: Vec<String> = CLIENT_COLUMNS
        .iter()
        .enumerate()
        .map(|(i, column)| format!("{column} = ${}", i + 1))
        .collect();
    let update = format!(
        "UPDATE clients SET {}, updated_at = $17, version = version + 1 WHERE id = $18 AND version = $19",
        assignments.join(", ")
    );
    let changed = bind_client_fields!(sqlx::query(&update), v)
        .bind(now_ms())
        .bind(client_id)
        .bind(version)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    concurrency::check_updated(changed, &stored, stored.version, v)?;
    write_name_keys(&mut tx, client_id, actor.organisation_id, v).await?;
    grant
        .audit(&mut tx, "client", Some(client_id), "update")
        .await?;
    tx.commit().await?;
    Ok(version + 1)
}

#[derive(sqlx::FromRow)]
struct RecordRow {
    id: i64,
    given_names: String,
    family_name: String,
    given_names_latin: Option<String>,
    family_name_latin: Option<String>,
    birth_year: Option<i64>,
    birth_month: Option<i64>,
    birth_day: Option<i64>,
    preferred_language: Option<String>,
    interpreter_needed: i64,
    interpreter_language: Option<String>,
    phone: Option<String>,
    email: Option<String>,
    street: Option<String>,
    postal_code: Option<String>,
    city: Option<String>,
    district: Option<String>,
    version: i64,
}

/// A client's record (the caller has asked the policy).
pub(crate) async fn record(
    conn: &mut AnyConnection,
    client_id: i64,
) -> Result<ClientRecord, AppError> {
    let r = sqlx::query_as::<_, RecordRow>(
        "SELECT id, given_names, family_name, given_names_latin, family_name_latin, birth_year,
                birth_month, birth_day, preferred_language, interpreter_needed, interpreter_language,
                phone, email, street, postal_code, city, district, version
         FROM clients WHERE id = $1",
    )
    .bind(client_id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(AppError::NotFound)?;
    Ok(ClientRecord {
        id: r.id,
        given_names: r.given_names,
        family_name: r.family_name,
        given_names_latin: r.given_names_latin,
        family_name_latin: r.family_name_latin,
        birth: PartialDate {
            year: r.birth_year,
            month: r.birth_month,
            day: r.birth_day,
        },
        preferred_language_name: r.preferred_language.as_deref().map(languages::label),
        interpreter_language_name: r.interpreter_language.as_deref().map(languages::label),
        preferred_language: r.preferred_language,
        interpreter_needed: r.interpreter_needed != 0,
        interpreter_language: r.interpreter_language,
        phone: r.phone,
        email: r.email,
        street: r.street,
        postal_code: r.postal_code,
        city: r.city,
        district: r.district,
        version: r.version,
    })
}

/// The client page: record, household, compartments (private notes only the actor's own)
/// and cases.
pub async fn detail(
    db: &Db,
    actor: &CurrentUser,
    client_id: i64,
) -> Result<ClientDetail, AppError> {
    let (mut tx, grant) = policy::client(db, actor, client_id).await?;
    let client = record(&mut tx, client_id).await?;
    let household = sqlx::query_as::<_, (i64, String, String, Option<i64>)>(
        "SELECT id, name, relation, birth_year FROM household_members WHERE client_id = $1 ORDER BY id",
    )
    .bind(client_id)
    .fetch_all(&mut *tx)
    .await?
    .into_iter()
    .map(|(id, name, relation, birth_year)| HouseholdMember {
        id,
        name,
        relation,
        birth_year,
    })
    .collect();
    let residence = detail_residence(&mut tx, client_id).await?;
    let notes = sqlx::query_as::<_, (i64, String, String, Option<String>, String, i64)>(&format!(
        "SELECT n.id, n.compartment, n.body, n.entrusted_by, u.display_name, n.created_at
         FROM client_notes n JOIN users u ON u.id = n.author_id
         WHERE n.client_id = $1 AND {}
         ORDER BY n.created_at DESC, n.id DESC",
        PRIVATE_NOTES_CONDITION
    ))
    .bind(client_id)
    .bind(actor.id)
    .fetch_all(&mut *tx)
    .await?
    .into_iter()
    .map(
        |(id, compartment, body, entrusted_by, author_name, created_at)| Note {
            id,
            compartment,
            body,
            entrusted_by,
            author_name,
            created_at,
        },
    )
    .collect();
    let cases = crate::server::casework::cases::of_client(&mut tx, client_id).await?;
    let hold = crate::server::casework::holds::in_force(&mut tx, client_id).await?;
    let erasure = crate::server::casework::erasure::latest(&mut tx, client_id).await?;
    let merges = crate::server::casework::merge::merged_into(&mut tx, client_id).await?;
    grant
        .audit(&mut tx, "client", Some(client_id), "read")
        .await?;
    tx.commit().await?;
    Ok(ClientDetail {
        client,
        household,
        residence,
        notes,
        cases,
        hold,
        erasure,
        merges,
    })
}

pub async fn add_household_member(
    db: &Db,
    actor: &CurrentUser,
    client_id: i64,
    name: &str,
    relation: &str,
    birth_year: &str,
) -> Result<(), AppError> {
    let (mut tx, grant) = policy::client(db, actor, client_id).await?;
    let name = Text::required(name, "member_name", 200)?;
    let relation = Code::<Relation>::required(relation, "member_relation", &[])?;
    let this_year = i64::from(chrono::Datelike::year(&input::today()));
    let birth_year = input::number(birth_year, "member_birth_year", 1900..=this_year)?;
    sqlx::query(
        "INSERT INTO household_members (client_id, name, relation, birth_year, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(client_id)
    .bind(name.as_str())
    .bind(relation.as_str())
    .bind(birth_year)
    .bind(now_ms())
    .execute(&mut *tx)
    .await?;
    grant
        .audit(&mut tx, "household", Some(client_id), "create")
        .await?;
    tx.commit().await?;
    Ok(())
}

pub async fn remove_household_member(
    db: &Db,
    actor: &CurrentUser,
    member_id: i64,
) -> Result<(), AppError> {
    let (mut tx, grant, _) = policy::household_member(db, actor, member_id).await?;
    sqlx::query("DELETE FROM household_members WHERE id = $1")
        .bind(member_id)
        .execute(&mut *tx)
        .await?;
    grant
        .audit(&mut tx, "household", Some(member_id), "delete")
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Residence status and benefit regime as the form sent them, checked.
struct ResidenceEdit {
    status: Option<Code<ResidenceStatus>>,
    valid_until: Option<chrono::NaiveDate>,
    regime: Option<Code<Benefit>>,
}

impl ResidenceEdit {
    fn parse(status: &str, valid_until: &str, regime: &str) -> Result<Self, AppError> {
        Ok(ResidenceEdit {
            status: Code::parse(status, "residence_status", &[])?,
            valid_until: input::date(valid_until, "valid_until")?,
            regime: Code::parse(regime, "benefit_regime", &[])?,
        })
    }
}

/// The fields of the residence form an edit conflict names (the one list of them).
impl Versioned for Residence {
    fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("field-residence-status", text_of(&self.residence_status)),
            ("field-valid-until", text_of(&self.valid_until)),
            ("field-benefit-regime", text_of(&self.benefit_regime)),
        ]
    }
}

impl Versioned for ResidenceEdit {
    fn fields(&self) -> Vec<(&'static str, String)> {
        Residence {
            residence_status: self.status.as_ref().map(|c| c.as_str().to_owned()),
            valid_until: self.valid_until.map(|d| d.to_string()),
            benefit_regime: self.regime.as_ref().map(|c| c.as_str().to_owned()),
            version: 0,
        }
        .fields()
    }
}

/// Records residence status and benefit regime (version 0: nothing recorded yet).
pub async fn save_residence(
    db: &Db,
    actor: &CurrentUser,
    client_id: i64,
    version: i64,
    residence_status: &str,
    valid_until: &str,
    benefit_regime: &str,
) -> Result<i64, AppError> {
    let (mut tx, grant) = policy::client(db, actor, client_id).await?;
    let edit = ResidenceEdit::parse(residence_status, valid_until, benefit_regime)?;
    let stored = detail_residence(&mut tx, client_id).await?;
    concurrency::check_version(&stored, stored.version, &edit, version)?;
    let status = edit.status.as_ref().map(Code::as_str);
    let valid_until = edit.valid_until.map(|d| d.to_string());
    let regime = edit.regime.as_ref().map(Code::as_str);
    let now = now_ms();
    let changed = if version == 0 {
        sqlx::query(
            "INSERT INTO client_residence (client_id, residence_status, valid_until, benefit_regime, updated_by, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (client_id) DO NOTHING",
        )
        .bind(client_id)
        .bind(status)
        .bind(&valid_until)
        .bind(regime)
        .bind(actor.id)
        .bind(now)
        .execute(&mut *tx)
        .await?
        .rows_affected()
    } else {
        sqlx::query(
            "UPDATE client_residence SET residence_status = $1, valid_until = $2, benefit_regime = $3,
                 updated_by = $4, updated_at = $5, version = version + 1
             WHERE client_id = $6 AND version = $7",
        )
        .bind(status)
        .bind(&valid_until)
        .bind(regime)
        .bind(actor.id)
        .bind(now)
        .bind(client_id)
        .bind(version)
        .execute(&mut *tx)
        .await?
        .rows_affected()
    };
    concurrency::check_updated(changed, &stored, stored.version, &edit)?;
    grant
        .audit(&mut tx, "residence", Some(client_id), "update")
        .await?;
    tx.commit().await?;
    Ok(version + 1)
}

pub(crate) async fn detail_residence(
    conn: &mut AnyConnection,
    client_id: i64,
) -> Result<Residence, AppError> {
    Ok(sqlx::query_as::<_, (Option<String>, Option<String>, Option<String>, i64)>(
        "SELECT residence_status, valid_until, benefit_regime, version FROM client_residence WHERE client_id = $1",
    )
    .bind(client_id)
    .fetch_optional(&mut *conn)
    .await?
    .map(|(residence_status, valid_until, benefit_regime, version)| Residence {
        residence_status,
        valid_until,
        benefit_regime,
        version,
    })
    .unwrap_or_default())
}

/// Adds a note to the health, youth-welfare or private compartment. Youth-welfare
/// information records who entrusted it (SGB VIII §65).
pub async fn add_note(
    db: &Db,
    actor: &CurrentUser,
    client_id: i64,
    compartment: &str,
    body: &str,
    entrusted_by: &str,
) -> Result<(), AppError> {
    let (mut tx, grant) = policy::client(db, actor, client_id).await?;
    let compartment = NoteCompartment::parse(compartment).ok_or(AppError::BadRequest)?;
    let body = input::required(body, "note_body", 10_000)?;
    let entrusted_by = input::optional(entrusted_by, "entrusted_by", 200)?;
    if compartment.needs_entrusted_by() && entrusted_by.is_none() {
        return Err(AppError::invalid(
            "entrusted_by",
            "error-entrusted-by-required",
        ));
    }
    sqlx::query(
        "INSERT INTO client_notes (client_id, compartment, body, entrusted_by, author_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(client_id)
    .bind(compartment.as_str())
    .bind(body)
    .bind(entrusted_by.filter(|_| compartment.needs_entrusted_by()))
    .bind(actor.id)
    .bind(now_ms())
    .execute(&mut *tx)
    .await?;
    grant
        .audit(&mut tx, "note", Some(client_id), "create")
        .await?;
    tx.commit().await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct ClientRow {
    id: i64,
    given_names: String,
    family_name: String,
    given_names_latin: Option<String>,
    family_name_latin: Option<String>,
    birth_year: Option<i64>,
    birth_month: Option<i64>,
    birth_day: Option<i64>,
    preferred_language: Option<String>,
}

impl From<ClientRow> for ClientSummary {
    fn from(r: ClientRow) -> Self {
        ClientSummary {
            id: r.id,
            given_names: r.given_names,
            family_name: r.family_name,
            given_names_latin: r.given_names_latin,
            family_name_latin: r.family_name_latin,
            birth: PartialDate {
                year: r.birth_year,
                month: r.birth_month,
                day: r.birth_day,
            },
            preferred_language: r.preferred_language,
            held: false,
        }
    }
}

/// One page of results from up to `PAGE_SIZE + 1` rows (the extra row says a next page exists).
fn page_of(rows: Vec<ClientRow>, page: i64) -> Page<ClientSummary> {
    let has_next = rows.len() as i64 > PAGE_SIZE;
    let items = rows
        .into_iter()
        .take(PAGE_SIZE as usize)
        .map(ClientSummary::from)
        .collect();
    Page {
        items,
        page,
        has_next,
    }
}

/// Words of a query beyond this many are ignored.
const MAX_QUERY_WORDS: usize = 5;

/// One page of the organisation's clients matching the query: every query word must match
/// some name part by spelling (as a prefix) or by its consonant or phonetic skeleton (German
/// and English transliterations meet, see [`name_search`]); spelling matches rank
/// first. Known parts of the date of birth narrow the result; unknown parts of a client's
/// date of birth do not exclude them.
pub async fn search(
    db: &Db,
    actor: &CurrentUser,
    query: &ClientQuery,
    page: i64,
) -> Result<Page<ClientSummary>, AppError> {
    let (mut tx, grant) = policy::caseload(db, actor).await?;
    let page = page.max(1);
    let words: Vec<String> = name_search::words(&query.text)
        .into_iter()
        .take(MAX_QUERY_WORDS)
        .collect();
    if !words.is_empty() && query.birth == PartialDate::default() {
        let mut found = search_by_keys(&mut tx, db.backend, actor, &words, page).await?;
        holds::mark_held(&mut tx, &mut found.items).await?;
        audit_search(&mut tx, &grant, &found).await?;
        tx.commit().await?;
        return Ok(found);
    }
    let mut sql = String::from(
        "SELECT c.id, c.given_names, c.family_name, c.given_names_latin, c.family_name_latin,
                c.birth_year, c.birth_month, c.birth_day, c.preferred_language",
    );
    let mut binds: Vec<String> = Vec::new();
    let mut ranks = Vec::new();
    let mut from = "FROM clients c".to_owned();
    let mut filters = String::new();
    for (i, word) in words.iter().enumerate() {
        let n = binds.len();
        let [skeleton, phonetic] = name_search::sound_keys(word);
        binds.extend([format!("f{word}"), format!("f{word}~"), skeleton, phonetic]);
        let prefix = format!("k.search_key >= ${} AND k.search_key < ${}", n + 1, n + 2);
        let sound = format!("k.search_key IN (${}, ${})", n + 3, n + 4);
        if i == 0 {
            // The first word's matches come from the key index, with their spelling rank
            // (1: by spelling, 0: by a skeleton only); only they are read from
            // `clients`.
            from = format!(
                "FROM (SELECT k.client_id, MAX(CASE WHEN {prefix} THEN 1 ELSE 0 END) AS r
                       FROM client_name_keys k WHERE ({prefix}) OR {sound}
                       GROUP BY k.client_id) m
                 JOIN clients c ON c.id = m.client_id"
            );
            ranks.push("m.r".to_owned());
        } else {
            // Each further word narrows those candidates.
            filters.push_str(&format!(
                " AND c.id IN (SELECT k.client_id FROM client_name_keys k WHERE ({prefix}) OR {sound})"
            ));
            ranks.push(format!(
                "CASE WHEN EXISTS (SELECT 1 FROM client_name_keys k WHERE k.client_id = c.id AND {prefix}) THEN 1 ELSE 0 END"
            ));
        }
    }
    let rank = if ranks.is_empty() {
        "0".to_owned()
    } else {
        ranks.join(" + ")
    };
    sql.push_str(&format!(
        ", {rank} AS spelling_rank {from} WHERE c.organisation_id = ${}{filters}",
        binds.len() + 1
    ));
    let mut numbers = vec![actor.organisation_id];
    let birth = query.birth;
    for (column, value, must_be_known) in [
        ("birth_year", birth.year, true),
        ("birth_month", birth.month, false),
        ("birth_day", birth.day, false),
    ] {
        if let Some(value) = value {
            let n = binds.len() + numbers.len() + 1;
            if must_be_known {
                sql.push_str(&format!(" AND c.{column} = ${n}"));
            } else {
                sql.push_str(&format!(" AND (c.{column} IS NULL OR c.{column} = ${n})"));
            }
            numbers.push(value);
        }
    }
    let n = binds.len() + numbers.len();
    sql.push_str(&format!(
        " ORDER BY spelling_rank DESC, c.family_name, c.given_names, c.id LIMIT ${} OFFSET ${}",
        n + 1,
        n + 2
    ));
    numbers.push(PAGE_SIZE + 1);
    numbers.push((page - 1) * PAGE_SIZE);
    let mut statement = sqlx::query_as::<_, ClientRow>(&sql);
    for text in &binds {
        statement = statement.bind(text);
    }
    for number in numbers {
        statement = statement.bind(number);
    }
    let mut found = page_of(statement.fetch_all(&mut *tx).await?, page);
    holds::mark_held(&mut tx, &mut found.items).await?;
    audit_search(&mut tx, &grant, &found).await?;
    tx.commit().await?;
    Ok(found)
}

/// The possible duplicates a registration found, read again by their numbers: a plain form
/// post (no script) comes back to the form as `?duplicates=3,4`. Only clients of the actor's
/// organisation, at most ten, under the grant and with the audit entries of the search that
/// found them.
pub async fn duplicates_again(
    db: &Db,
    actor: &CurrentUser,
    numbers: &[i64],
) -> Result<Vec<ClientSummary>, AppError> {
    let (mut tx, grant) = policy::caseload(db, actor).await?;
    let numbers: Vec<i64> = numbers.iter().copied().take(10).collect();
    if numbers.is_empty() {
        return Ok(Vec::new());
    }
    let list = (2..numbers.len() + 2)
        .map(|n| format!("${n}"))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "SELECT c.id, c.given_names, c.family_name, c.given_names_latin, c.family_name_latin,
                c.birth_year, c.birth_month, c.birth_day, c.preferred_language
         FROM clients c
         WHERE c.organisation_id = $1 AND c.id IN ({list})
         ORDER BY c.family_name, c.given_names, c.id"
    );
    let mut statement = sqlx::query_as::<_, ClientRow>(&sql).bind(actor.organisation_id);
    for number in &numbers {
        statement = statement.bind(number);
    }
    let mut found = page_of(statement.fetch_all(&mut *tx).await?, 1);
    holds::mark_held(&mut tx, &mut found.items).await?;
    audit_search(&mut tx, &grant, &found).await?;
    tx.commit().await?;
    Ok(found.items)
}

/// A search is audited as one list entry and with an entry for each client it showed, so that
/// the client sees in the portal that their name came up in a search. The query is not kept.
async fn audit_search(
    conn: &mut AnyConnection,
    grant: &policy::Grant,
    found: &Page<ClientSummary>,
) -> Result<(), AppError> {
    grant.audit(conn, SEARCH_RECORD, None, "list").await?;
    let shown: Vec<i64> = found.items.iter().map(|c| c.id).collect();
    grant.audit_each(conn, SEARCH_RECORD, &shown, "list").await
}

/// The audit record of a client search (the portal names it "your name in a search").
pub const SEARCH_RECORD: &str = "client-search";

/// A name search without date of birth: the page of results is chosen from the key index
/// alone (organisation, spelling rank, sort name), and only its clients are read.
///
/// Each word's keys are read as two index ranges joined by `UNION ALL` (its spelling prefix,
/// rank 1; its sound keys, rank 0) rather than one `OR`: PostgreSQL then reads both from the
/// covering index alone, where the `OR` made it visit a table page per match (a common first
/// name at 100,000 clients: 12.5 ms against 3.3 ms).
///
/// Clients with every word spelled as typed rank first. When they fill the page, the page
/// is theirs, and the sound keys (which match many more names: "Olena" sounds like "Alina",
/// "Elena", "Alan") need not be read; only a page they do not fill reads them.
async fn search_by_keys(
    conn: &mut AnyConnection,
    backend: Backend,
    actor: &CurrentUser,
    words: &[String],
    page: i64,
) -> Result<Page<ClientSummary>, AppError> {
    let spelled = search_by_keys_as(conn, backend, actor, words, page, false).await?;
    if spelled.has_next {
        return Ok(spelled);
    }
    search_by_keys_as(conn, backend, actor, words, page, true).await
}

/// One search by the key index: with `sounds`, by spelling and sound keys; without, only
/// clients with every word spelled as typed.
async fn search_by_keys_as(
    conn: &mut AnyConnection,
    backend: Backend,
    actor: &CurrentUser,
    words: &[String],
    page: i64,
    sounds: bool,
) -> Result<Page<ClientSummary>, AppError> {
    let mut binds: Vec<String> = Vec::new();
    let mut first = String::new();
    let mut rank = "MAX(m.r)".to_owned();
    let mut narrowing = Vec::new();
    // The first word's keys must drive from the key index, each further word only narrowing
    // them. SQLite (3.46, as bundled) otherwise pushes the narrowing list into the first
    // word's query and reads every key of every client on the list by the client index:
    // "olena kovalenko" at 100,000 synthetic clients, 12.3 ms that way against 3.7 ms from
    // the key index (median of 15); with sound keys ("alena kowalenko"), 28.8 against 13.6 ms.
    // A unary plus keeps the list off the index.
    let candidate = match backend {
        Backend::Sqlite => "+m.client_id",
        Backend::Postgres => "m.client_id",
    };
    // The organisation is the first parameter, the words' keys follow, four each.
    for (i, word) in words.iter().enumerate() {
        let n = binds.len() + 1;
        let [skeleton, phonetic] = name_search::sound_keys(word);
        binds.extend([format!("f{word}"), format!("f{word}~"), skeleton, phonetic]);
        let prefix = |alias: &str| {
            format!(
                "{alias}.search_key >= ${} AND {alias}.search_key < ${}",
                n + 1,
                n + 2
            )
        };
        // Without sound keys, a condition that holds for no key (the parameters stay bound).
        let sound = |alias: &str| {
            if sounds {
                format!("{alias}.search_key IN (${}, ${})", n + 3, n + 4)
            } else {
                format!("{alias}.search_key IN (${}, ${}) AND 1 = 0", n + 3, n + 4)
            }
        };
        if i == 0 {
            // The first word's keys drive, with their spelling rank.
            first = format!(
                "SELECT k.client_id, 1 AS r, k.sort_name FROM client_name_keys k
                  WHERE {} AND k.organisation_id = $1
                 UNION ALL
                 SELECT k.client_id, 0 AS r, k.sort_name FROM client_name_keys k
                  WHERE {} AND k.organisation_id = $1",
                prefix("k"),
                sound("k")
            );
        } else {
            // Each further word narrows the candidates and adds to their rank (without sound
            // keys every candidate has it spelled: the same for all, not worth a look-up).
            if sounds {
                rank.push_str(&format!(
                    " + CASE WHEN EXISTS (SELECT 1 FROM client_name_keys w WHERE w.client_id = m.client_id AND {}) THEN 1 ELSE 0 END",
                    prefix("w")
                ));
            }
            narrowing.push(format!(
                "{candidate} IN (SELECT w.client_id FROM client_name_keys w WHERE {}
                                 UNION ALL
                                 SELECT w.client_id FROM client_name_keys w WHERE {})",
                prefix("w"),
                sound("w")
            ));
        }
    }
    let narrowing = if narrowing.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", narrowing.join(" AND "))
    };
    let n = binds.len() + 1;
    let sql = format!(
        "SELECT c.id, c.given_names, c.family_name, c.given_names_latin, c.family_name_latin,
                c.birth_year, c.birth_month, c.birth_day, c.preferred_language
         FROM (SELECT m.client_id, {rank} AS r, MIN(m.sort_name) AS sort_name
               FROM ({first}) m
               {narrowing}
               GROUP BY m.client_id
               ORDER BY r DESC, sort_name, m.client_id
               LIMIT ${} OFFSET ${}) m
         JOIN clients c ON c.id = m.client_id
         ORDER BY m.r DESC, m.sort_name, c.id",
        n + 1,
        n + 2
    );
    let mut statement = sqlx::query_as::<_, ClientRow>(&sql).bind(actor.organisation_id);
    for text in &binds {
        statement = statement.bind(text);
    }
    let rows = statement
        .bind(PAGE_SIZE + 1)
        .bind((page - 1) * PAGE_SIZE)
        .fetch_all(&mut *conn)
        .await?;
    Ok(page_of(rows, page))
}

/// Clients who may be the same person as the one about to be registered: every name word
/// matches, and the year of birth agrees where both are known.
pub async fn possible_duplicates(
    db: &Db,
    actor: &CurrentUser,
    new: &ClientInput,
) -> Result<Vec<ClientSummary>, AppError> {
    let text = format!("{} {}", new.name.given(), new.name.family());
    if name_search::words(&text).is_empty() {
        return Ok(Vec::new());
    }
    let query = ClientQuery {
        text,
        birth: PartialDate {
            year: new.birth.as_partial().year,
            month: None,
            day: None,
        },
    };
    let mut found = search(db, actor, &query, 1).await?.items;
    found.truncate(10);
    Ok(found)
}
