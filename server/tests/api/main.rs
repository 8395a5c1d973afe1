//! The `lotse` server spoken to over HTTP on a free port, like a browser would, in one
//! binary: the router and middleware, pages as rendered, and the authorisation matrix.

mod access_matrix;
mod http;
mod pages;
