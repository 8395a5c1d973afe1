//! The one error type of Lotse's server functions. Each variant knows its HTTP status and the
//! Fluent message id the UI shows; internal details stay in the server log with the request id.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// No valid session: the user must sign in (again).
    #[error("not signed in")]
    Unauthenticated,
    /// Signed in, but the policy does not allow this.
    #[error("forbidden")]
    Forbidden,
    /// Wrong e-mail or password (deliberately not saying which).
    #[error("invalid credentials")]
    InvalidCredentials,
    /// Too many failed sign-ins for this account or address.
    #[error("too many attempts")]
    Throttled { minutes: i64 },
    /// One input field is not acceptable; `message_id` says why, next to `field`.
    #[error("invalid input in {field}")]
    Invalid { field: String, message_id: String },
    /// The record does not exist (or is not visible to the user).
    #[error("not found")]
    NotFound,
    /// Someone else saved the same record since it was loaded. Nothing was saved; `changes`
    /// lists (field message id, value now stored) for each field that differs from what
    /// the user started from, and `version` is the version now stored.
    #[error("edit conflict")]
    Conflict {
        changes: Vec<(String, String)>,
        version: i64,
    },
    /// The case is not yet at the point where this may be recorded (an assessment before the
    /// client's consent to case management); `message_id` says what has to happen first.
    /// Nothing was saved.
    #[error("not allowed yet")]
    NotYet { message_id: String },
    /// The request itself is malformed (not the user's typing).
    #[error("bad request")]
    BadRequest,
    /// A text contains a NUL character, which no field may hold (a pasted binary, a probe).
    #[error("text contains a NUL character")]
    ControlCharacter,
    /// Something failed inside Lotse; the log has the details under this request id.
    #[error("internal error ({request_id})")]
    Internal { request_id: String },
}

impl AppError {
    pub fn invalid(field: &str, message_id: &str) -> Self {
        AppError::Invalid {
            field: field.to_owned(),
            message_id: message_id.to_owned(),
        }
    }

    pub fn status(&self) -> u16 {
        match self {
            AppError::Unauthenticated => 401,
            AppError::Forbidden => 403,
            AppError::InvalidCredentials => 401,
            AppError::Throttled { .. } => 429,
            AppError::Invalid { .. } => 422,
            AppError::NotFound => 404,
            AppError::Conflict { .. } => 409,
            AppError::NotYet { .. } => 409,
            AppError::BadRequest => 400,
            AppError::ControlCharacter => 422,
            AppError::Internal { .. } => 500,
        }
    }

    pub fn message_id(&self) -> &str {
        match self {
            AppError::Unauthenticated => "error-unauthenticated",
            AppError::Forbidden => "error-forbidden",
            AppError::InvalidCredentials => "error-invalid-credentials",
            AppError::Throttled { .. } => "error-throttled",
            AppError::Invalid { message_id, .. } => message_id,
            AppError::NotFound => "error-not-found",
            AppError::Conflict { .. } => "error-conflict",
            AppError::NotYet { message_id } => message_id,
            AppError::BadRequest => "error-bad-request",
            AppError::ControlCharacter => "error-control-character",
            AppError::Internal { .. } => "error-internal",
        }
    }

    /// The input field this error belongs to, if any.
    pub fn field(&self) -> Option<&str> {
        match self {
            AppError::Invalid { field, .. } => Some(field),
            _ => None,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(_)
            | ServerFnErrorErr::MissingArg(_)
            | ServerFnErrorErr::UnsupportedRequestMethod(_) => AppError::BadRequest,
            ServerFnErrorErr::Registration(_) => AppError::NotFound,
            // On the server, this is an unreadable request body (too large, broken encoding).
            #[cfg(feature = "ssr")]
            ServerFnErrorErr::Deserialization(_) => AppError::BadRequest,
            // On the client these mean the server could not be reached or answered nonsense.
            other => {
                #[cfg(feature = "ssr")]
                tracing::error!(error = %other, "server function failed");
                #[cfg(not(feature = "ssr"))]
                let _ = other;
                AppError::Internal {
                    request_id: String::new(),
                }
            }
        }
    }
}
