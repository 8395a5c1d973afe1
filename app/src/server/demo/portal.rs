//! Demo portal access: Amira Haddad, Reza Ahmadi and Olena Kovalenko sign in to the client
//! portal with the codes `DEMO-AMIRA`, `DEMO-REZA`, `DEMO-OLENA` and the PIN `246810`. One of
//! Amira's texts has an Arabic translation, the others show as written in German.

use crate::error::AppError;
use crate::server::infra::db::{now_ms, Db};
use crate::server::{infra::passwords, portal};

pub const DEMO_PIN: &str = "246810";
pub const DEMO_CODES: &[(i64, &str)] = &[(1, "DEMO-AMIRA"), (2, "DEMO-REZA"), (3, "DEMO-OLENA")];

pub async fn load(db: &Db) -> Result<(), AppError> {
    let Some(cm): Option<i64> =
        sqlx::query_scalar("SELECT id FROM users WHERE email = 'fallmanager@lotse.example'")
            .fetch_optional(&db.pool)
            .await?
    else {
        return Ok(());
    };
    let secret = passwords::hash(DEMO_PIN.to_owned()).await?;
    let now = now_ms();
    for (client_id, code) in DEMO_CODES {
        sqlx::query(
            "INSERT INTO portal_access (client_id, code_hash, secret_hash, issued_by, issued_at,
                 activated_at, blocked, updated_at)
             SELECT $1, $2, $3, $4, $5, $5, 0, $5 WHERE EXISTS (SELECT 1 FROM clients WHERE id = $1)",
        )
        .bind(client_id)
        .bind(portal::code_hash(code))
        .bind(&secret)
        .bind(cm)
        .bind(now)
        .execute(&db.pool)
        .await?;
    }
    // Amira gave her case manager an e-mail address: she can ask for appointment reminders.
    sqlx::query("UPDATE clients SET email = 'amira.haddad@example.org' WHERE id = 1")
        .execute(&db.pool)
        .await?;
    // Amira's first goal, worded plainly by her case manager and translated into Arabic.
    let goal: Option<i64> = sqlx::query_scalar(
        "SELECT g.id FROM goals g JOIN cases k ON k.id = g.case_id
         WHERE k.client_id = 1 ORDER BY g.id LIMIT 1",
    )
    .fetch_optional(&db.pool)
    .await?;
    if let Some(goal_id) = goal {
        sqlx::query("UPDATE goals SET plain_wording = $1 WHERE id = $2")
            .bind("Ich will gut Deutsch sprechen, damit ich Arbeit finde.")
            .bind(goal_id)
            .execute(&db.pool)
            .await?;
        sqlx::query(
            "INSERT INTO text_translations (record, field, language, text, updated_by, updated_at)
             VALUES ($1, 'plain_wording', 'ar', $2, $3, $4)",
        )
        .bind(format!("goal:{goal_id}"))
        .bind("أريد أن أتكلم الألمانية جيداً حتى أجد عملاً.")
        .bind(cm)
        .bind(now)
        .execute(&db.pool)
        .await?;
    }
    Ok(())
}
