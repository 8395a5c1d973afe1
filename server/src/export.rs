//! CSV downloads over plain HTTP (a link, not a server function): the figures' tables for
//! coordinators and a case manager's own caseload. The caseload streams from the database
//! through a bounded channel, so memory stays constant however many cases there are.

use axum::body::Body;
use axum::extract::{Extension, Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;

use app::error::AppError;
use app::i18n::{negotiate, LANGUAGE_COOKIE};
use app::models::FigureFilter;
use app::server::infra::context::SignedIn;
use app::server::{coordination, exports, AppState};

/// Rows per chunk sent to the client.
const ROWS_PER_CHUNK: usize = 500;

fn language(headers: &HeaderMap) -> &'static str {
    let cookie = crate::middleware::header_cookie(headers, LANGUAGE_COOKIE);
    negotiate(cookie.as_deref(), None).id
}

fn error_response(error: AppError) -> Response {
    StatusCode::from_u16(error.status())
        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
        .into_response()
}

fn csv_response(filename: &str, body: Body) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        body,
    )
        .into_response()
}

/// `/coordination/figures/{table}.csv?from=&to=&district=&organisation=`
pub async fn figures_csv(
    State(state): State<AppState>,
    Extension(signed): Extension<SignedIn>,
    Path(file): Path<String>,
    Query(filter): Query<FigureFilter>,
    headers: HeaderMap,
) -> Response {
    let Some(actor) = signed.0 else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    let Some(key) = file.strip_suffix(".csv") else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let page = match coordination::figures_page(&state.db, &actor, &filter).await {
        Ok(page) => page,
        Err(error) => return error_response(error),
    };
    let Some(table) = page.figures.tables.iter().find(|t| t.key == key) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let mut lines = vec!["\u{feff}".to_owned()];
    lines.extend(exports::figure_table_lines(language(&headers), table));
    let stream = futures_util::stream::iter(lines.into_iter().map(Ok::<_, std::io::Error>));
    csv_response(
        &format!("lotse-{key}-{}-{}.csv", page.figures.from, page.figures.to),
        Body::from_stream(stream),
    )
}

/// `/clients/export.csv`: the signed-in case manager's own cases.
pub async fn caseload_csv(
    State(state): State<AppState>,
    Extension(signed): Extension<SignedIn>,
    headers: HeaderMap,
) -> Response {
    let Some(actor) = signed.0 else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    if let Err(error) = exports::begin_caseload_export(&state.db, &actor).await {
        return error_response(error);
    }
    let language = language(&headers);
    let (sender, receiver) = tokio::sync::mpsc::channel::<Result<String, std::io::Error>>(4);
    let db = state.db.clone();
    tokio::spawn(async move {
        if sender
            .send(Ok(exports::caseload_header(language)))
            .await
            .is_err()
        {
            return;
        }
        let mut conn = match db.pool.acquire().await {
            Ok(conn) => conn,
            Err(e) => {
                let _ = sender.send(Err(std::io::Error::other(e))).await;
                return;
            }
        };
        let sql = exports::caseload_sql();
        let mut rows = sqlx::query(&sql)
            .bind(actor.id)
            .bind(app::server::infra::input::today().to_string())
            .fetch(&mut *conn);
        let mut lines = exports::CaseloadLines::new(language);
        let mut chunk = String::new();
        let mut in_chunk = 0;
        while let Some(row) = rows.next().await {
            let line = row.and_then(|r| lines.line(&r));
            match line {
                Ok(line) => chunk.push_str(&line),
                Err(e) => {
                    tracing::error!(error = %e, "caseload export failed");
                    let _ = sender.send(Err(std::io::Error::other(e))).await;
                    return;
                }
            }
            in_chunk += 1;
            if in_chunk == ROWS_PER_CHUNK {
                if sender.send(Ok(std::mem::take(&mut chunk))).await.is_err() {
                    return; // the client went away
                }
                in_chunk = 0;
            }
        }
        if !chunk.is_empty() {
            let _ = sender.send(Ok(chunk)).await;
        }
    });
    let stream = futures_util::stream::unfold(receiver, |mut receiver| async move {
        receiver.recv().await.map(|item| (item, receiver))
    });
    csv_response("lotse-faelle.csv", Body::from_stream(stream))
}
