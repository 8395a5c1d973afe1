//! The `lotse` server spoken to over HTTP on a free port, like a browser would, in one
//! binary with a module per feature; `helpers` starts the app and signs people in.

mod access_matrix;
mod admin;
mod cases;
mod clients;
mod escaping;
mod exports;
mod helpers;
mod offline;
mod open_data;
mod operations;
mod pages;
mod passkeys;
mod plans;
mod portal;
mod second_factor;
mod security;
mod sessions;
mod single_sign_on;
mod volunteers;
