//! The domain tests of `app`, one module per feature, in one binary (one link, one place
//! for helpers: `helpers`). Each runs on SQLite and, with `LOTSE_TEST_POSTGRES_URL`, on
//! PostgreSQL.

mod accounts;
mod cases;
mod clients;
mod coordination;
mod demo;
mod erasure;
mod external;
mod handover;
mod helpers;
mod jobs;
mod locales;
mod mail;
mod merge;
mod partner;
mod portal;
mod refusals;
mod retention;
mod schema;
mod second_factor;
mod translations;
mod volunteers;
