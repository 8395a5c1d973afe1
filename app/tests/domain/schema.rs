//! The SQLite and PostgreSQL migrations build one schema. Both are migrated and described as
//! facts (tables; columns with type class, nullability and default; primary keys; unique
//! constraints; indexes; checks; foreign keys), and every fact only one backend has fails the
//! test, unless the allow-list below says why it is meant to be so.

use std::collections::BTreeSet;

use app::server::{testing, Db};
use sqlx::Row;

/// Facts only SQLite has, on purpose. Every entry is a place where the backends differ: keep
/// the list short, and say why.
const ONLY_SQLITE: &[&str] = &[
    // SQLite has no INCLUDE: its name-search index carries the covered columns as keys.
    "index client_name_keys_search_idx on client_name_keys (search_key, organisation_id, sort_name, client_id)",
];

/// Facts only PostgreSQL has, on purpose (see [`ONLY_SQLITE`]).
const ONLY_POSTGRES: &[&str] = &[
    // The same index as above, with the covered columns outside the key.
    "index client_name_keys_search_idx on client_name_keys (search_key, organisation_id) include (sort_name, client_id)",
];

#[tokio::test]
async fn sqlite_and_postgresql_migrations_build_the_same_schema() {
    let Some(postgres) = testing::postgres().await else {
        return;
    };
    let sqlite = sqlite_schema(&testing::sqlite().await).await;
    let postgres = postgres_schema(&postgres).await;
    let mut problems = Vec::new();
    for (backend, facts, other, allowed) in [
        ("SQLite", &sqlite, &postgres, ONLY_SQLITE),
        ("PostgreSQL", &postgres, &sqlite, ONLY_POSTGRES),
    ] {
        for fact in facts.difference(other) {
            // Every single-column INTEGER PRIMARY KEY in SQLite is filled in when omitted;
            // only an identity PostgreSQL has and SQLite lacks would break an insert.
            let sqlite_rowid = backend == "SQLite" && fact.starts_with("generated ");
            if !sqlite_rowid && !allowed.contains(&fact.as_str()) {
                problems.push(format!("only in {backend}: {fact}"));
            }
        }
        for fact in allowed {
            if !facts.contains(*fact) || other.contains(*fact) {
                problems.push(format!("allow-listed, but not only in {backend}: {fact}"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "the SQLite and PostgreSQL schemas differ ({} differences):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[tokio::test]
async fn the_sqlite_description_sees_keys_checks_and_indexes() {
    let facts = sqlite_schema(&testing::sqlite().await).await;
    for fact in [
        "column users.active integer not null default 1",
        "check users: active in (0, 1)",
        "check clients: birth_month >= 1 and birth_month <= 12",
        "primary key case_assignments (case_id, user_id)",
        "unique plan_versions (case_id, number)",
        "index users_listing_idx on users (display_name, id)",
        "foreign key sessions (user_id) references users (id) on delete cascade",
    ] {
        assert!(
            facts.contains(fact),
            "missing: {fact}\nall facts:\n{facts:#?}"
        );
    }
}

#[test]
fn equivalent_checks_compare_equal() {
    for (sqlite, postgres) in [
        (
            "active IN (0, 1)",
            "CHECK ((active = ANY (ARRAY[(0)::bigint, (1)::bigint])))",
        ),
        (
            "compartment IN ('private', 'health')",
            "CHECK ((compartment = ANY (ARRAY['health'::text, 'private'::text])))",
        ),
        (
            "birth_day BETWEEN 1 AND 31",
            "CHECK (((birth_day >= 1) AND (birth_day <= 31)))",
        ),
        ("id = 1", "CHECK ((id = 1))"),
    ] {
        assert_eq!(canonical(sqlite), postgres_check(postgres), "{sqlite}");
    }
    assert_eq!(canonical("-1"), canonical("'-1'::integer"));
    assert_ne!(canonical("a IN (0, 1)"), canonical("a IN (0, 2)"));
    assert_ne!(canonical("(a OR b) AND c"), canonical("a OR (b AND c)"));
}

/// The schema of a migrated SQLite database, from `sqlite_master` and the table pragmas.
async fn sqlite_schema(db: &Db) -> BTreeSet<String> {
    let mut facts = BTreeSet::new();
    let tables = sqlx::query(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' \
         AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations' ORDER BY name",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    for table in tables {
        let (table, sql): (String, String) = (table.get(0), table.get(1));
        facts.insert(format!("table {table}"));
        let columns = sqlx::query(
            "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid",
        )
        .bind(&table)
        .fetch_all(&db.pool)
        .await
        .unwrap();
        let mut key: Vec<(i64, String, String)> = Vec::new();
        for column in &columns {
            let (name, declared, not_null, default, pk): (
                String,
                String,
                i64,
                Option<String>,
                i64,
            ) = (
                column.get(0),
                column.get(1),
                column.get(2),
                column.get(3),
                column.get(4),
            );
            // A primary key column is never null in either database.
            let not_null = not_null == 1 || pk > 0;
            facts.insert(column_fact(
                &table,
                &name,
                sqlite_type(&declared),
                not_null,
                default,
            ));
            if pk > 0 {
                key.push((pk, name, declared.to_uppercase()));
            }
        }
        key.sort();
        if let [(_, name, declared)] = key.as_slice() {
            if declared == "INTEGER" {
                facts.insert(format!("generated {table}.{name}"));
            }
        }
        if !key.is_empty() {
            let names: Vec<String> = key.into_iter().map(|(_, name, _)| name).collect();
            facts.insert(format!("primary key {table} ({})", names.join(", ")));
        }
        for check in sqlite_checks(&sql) {
            facts.insert(format!("check {table}: {check}"));
        }
        let indexes = sqlx::query(
            "SELECT l.name, l.\"unique\", l.origin, m.sql FROM pragma_index_list(?) l \
             LEFT JOIN sqlite_master m ON m.type = 'index' AND m.name = l.name",
        )
        .bind(&table)
        .fetch_all(&db.pool)
        .await
        .unwrap();
        for index in indexes {
            let (name, unique, origin, sql): (String, i64, String, Option<String>) =
                (index.get(0), index.get(1), index.get(2), index.get(3));
            let columns: Vec<String> = sqlx::query(
                "SELECT coalesce(name, '<expression>') FROM pragma_index_info(?) ORDER BY seqno",
            )
            .bind(&name)
            .fetch_all(&db.pool)
            .await
            .unwrap()
            .iter()
            .map(|row| row.get(0))
            .collect();
            let columns = columns.join(", ");
            match origin.as_str() {
                "u" => {
                    facts.insert(format!("unique {table} ({columns})"));
                }
                "c" => {
                    let predicate = sql
                        .as_deref()
                        .and_then(|sql| split_keyword(sql, "where"))
                        .map(|predicate| canonical(&predicate));
                    facts.insert(index_fact(
                        &name,
                        unique == 1,
                        &table,
                        &columns,
                        None,
                        predicate,
                    ));
                }
                _ => {} // the primary key, described above
            }
        }
        let references = sqlx::query(
            "SELECT id, \"table\", \"from\", \"to\", on_update, on_delete \
             FROM pragma_foreign_key_list(?) ORDER BY id, seq",
        )
        .bind(&table)
        .fetch_all(&db.pool)
        .await
        .unwrap();
        let mut by_id: std::collections::BTreeMap<i64, Vec<_>> = Default::default();
        for reference in references {
            let id: i64 = reference.get(0);
            by_id.entry(id).or_default().push(reference);
        }
        for rows in by_id.values() {
            let parent: String = rows[0].get(1);
            let from: Vec<String> = rows.iter().map(|row| row.get(2)).collect();
            let to: Vec<String> = rows
                .iter()
                .map(|row| {
                    row.get::<Option<String>, _>(3)
                        .unwrap_or_else(|| "<key>".into())
                })
                .collect();
            let (on_update, on_delete): (String, String) = (rows[0].get(4), rows[0].get(5));
            facts.insert(reference_fact(
                &table,
                &from.join(", "),
                &parent,
                &to.join(", "),
                &on_update.to_lowercase(),
                &on_delete.to_lowercase(),
            ));
        }
    }
    facts
}

/// The schema of a migrated PostgreSQL database, from `information_schema` and `pg_catalog`.
async fn postgres_schema(db: &Db) -> BTreeSet<String> {
    let mut facts = BTreeSet::new();
    let all = |sql: &'static str| sqlx::query(sql).fetch_all(&db.pool);
    for row in all(
        "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' \
         AND table_type = 'BASE TABLE' AND table_name <> '_sqlx_migrations'",
    )
    .await
    .unwrap()
    {
        facts.insert(format!("table {}", row.get::<String, _>(0)));
    }
    for row in all(
        "SELECT table_name::text, column_name::text, data_type::text, is_nullable::text, \
         column_default::text, is_identity::text FROM information_schema.columns \
         WHERE table_schema = 'public' AND table_name <> '_sqlx_migrations'",
    )
    .await
    .unwrap()
    {
        let (table, name, data_type, nullable, default, identity): (
            String,
            String,
            String,
            String,
            Option<String>,
            String,
        ) = (
            row.get(0),
            row.get(1),
            row.get(2),
            row.get(3),
            row.get(4),
            row.get(5),
        );
        let serial = default
            .as_deref()
            .is_some_and(|d| d.starts_with("nextval("));
        if identity == "YES" || serial {
            facts.insert(format!("generated {table}.{name}"));
        }
        let default = default.filter(|_| !serial);
        let class = postgres_type(&data_type);
        facts.insert(column_fact(&table, &name, class, nullable == "NO", default));
    }
    let constraints = all(
        "SELECT c.conrelid::regclass::text, c.contype::text, c.confrelid::regclass::text, \
         (SELECT string_agg(a.attname::text, ', ' ORDER BY k.n) \
            FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, n) \
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum), \
         (SELECT string_agg(a.attname::text, ', ' ORDER BY k.n) \
            FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, n) \
            JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum), \
         c.confupdtype::text, c.confdeltype::text, pg_get_constraintdef(c.oid) \
         FROM pg_constraint c WHERE c.connamespace = 'public'::regnamespace \
         AND c.contype IN ('p', 'u', 'c', 'f') AND c.conrelid::regclass::text <> '_sqlx_migrations'",
    )
    .await
    .unwrap();
    for row in constraints {
        let (table, kind, parent): (String, String, String) = (row.get(0), row.get(1), row.get(2));
        let (columns, parent_columns): (Option<String>, Option<String>) = (row.get(3), row.get(4));
        let (on_update, on_delete, definition): (String, String, String) =
            (row.get(5), row.get(6), row.get(7));
        let columns = columns.unwrap_or_default();
        let fact = match kind.as_str() {
            "p" => format!("primary key {table} ({columns})"),
            "u" => format!("unique {table} ({columns})"),
            "c" => format!("check {table}: {}", postgres_check(&definition)),
            _ => reference_fact(
                &table,
                &columns,
                &parent,
                &parent_columns.unwrap_or_default(),
                postgres_action(&on_update),
                postgres_action(&on_delete),
            ),
        };
        facts.insert(fact);
    }
    let indexes = all(
        "SELECT i.relname::text, t.relname::text, x.indisunique, \
         (SELECT string_agg(pg_get_indexdef(x.indexrelid, k, true), ', ' ORDER BY k) \
            FROM generate_series(1, x.indnkeyatts::int) AS k), \
         (SELECT string_agg(pg_get_indexdef(x.indexrelid, k, true), ', ' ORDER BY k) \
            FROM generate_series(x.indnkeyatts::int + 1, x.indnatts::int) AS k), \
         pg_get_expr(x.indpred, x.indrelid) \
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid \
         WHERE t.relnamespace = 'public'::regnamespace AND t.relname <> '_sqlx_migrations' \
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c \
                         WHERE c.conindid = x.indexrelid AND c.contype IN ('p', 'u', 'x'))",
    )
    .await
    .unwrap();
    for row in indexes {
        let (name, table, unique, columns): (String, String, bool, String) =
            (row.get(0), row.get(1), row.get(2), row.get(3));
        let (included, predicate): (Option<String>, Option<String>) = (row.get(4), row.get(5));
        let predicate = predicate.map(|p| canonical(&p));
        facts.insert(index_fact(
            &name, unique, &table, &columns, included, predicate,
        ));
    }
    facts
}

fn column_fact(
    table: &str,
    column: &str,
    class: String,
    not_null: bool,
    default: Option<String>,
) -> String {
    let null = if not_null { " not null" } else { "" };
    let default = default.map(|d| format!(" default {}", canonical(&d)));
    format!(
        "column {table}.{column} {class}{null}{}",
        default.unwrap_or_default()
    )
}

fn index_fact(
    name: &str,
    unique: bool,
    table: &str,
    columns: &str,
    included: Option<String>,
    predicate: Option<String>,
) -> String {
    let unique = if unique { "unique " } else { "" };
    let columns = columns.replace('"', "");
    let included = included.map(|c| format!(" include ({})", c.replace('"', "")));
    let predicate = predicate.map(|p| format!(" where {p}"));
    format!(
        "{unique}index {name} on {table} ({columns}){}{}",
        included.unwrap_or_default(),
        predicate.unwrap_or_default()
    )
}

fn reference_fact(
    table: &str,
    columns: &str,
    parent: &str,
    parent_columns: &str,
    on_update: &str,
    on_delete: &str,
) -> String {
    let update = match on_update {
        "no action" => String::new(),
        other => format!(" on update {other}"),
    };
    format!("foreign key {table} ({columns}) references {parent} ({parent_columns}) on delete {on_delete}{update}")
}

/// The kind of value a declared SQLite type holds, as the app reads it (db.rs: integers are
/// 64-bit, flags are 0/1 integers).
fn sqlite_type(declared: &str) -> String {
    match declared.to_uppercase().as_str() {
        "INTEGER" | "BIGINT" | "INT" => "integer".into(),
        "TEXT" => "text".into(),
        "REAL" | "DOUBLE PRECISION" => "real".into(),
        "BLOB" => "bytes".into(),
        "BOOLEAN" => "boolean".into(),
        other => format!("sqlite {other}"),
    }
}

/// [`sqlite_type`] for PostgreSQL: a 32-bit INTEGER is its own class, since the app reads
/// every integer as `i64`, which PostgreSQL refuses for an `int4` column.
fn postgres_type(data_type: &str) -> String {
    match data_type {
        "bigint" => "integer".into(),
        "text" => "text".into(),
        "double precision" => "real".into(),
        "bytea" => "bytes".into(),
        "boolean" => "boolean".into(),
        other => format!("postgresql {other}"),
    }
}

fn postgres_action(code: &str) -> &'static str {
    match code {
        "c" => "cascade",
        "n" => "set null",
        "d" => "set default",
        "r" => "restrict",
        _ => "no action",
    }
}

/// The expressions of the CHECK constraints in a CREATE TABLE statement.
fn sqlite_checks(create_table: &str) -> Vec<String> {
    let tokens = tokenize(create_table);
    let mut checks = Vec::new();
    for (at, token) in tokens.iter().enumerate() {
        if *token == Token::Word("check".into()) && tokens.get(at + 1) == Some(&sym("(")) {
            let mut depth = 0;
            let mut end = at + 1;
            for (offset, token) in tokens[at + 1..].iter().enumerate() {
                depth += (*token == sym("(")) as i32 - (*token == sym(")")) as i32;
                if depth == 0 {
                    end = at + 1 + offset;
                    break;
                }
            }
            checks.push(print(&simplify(group(&tokens[at + 1..=end]))));
        }
    }
    checks
}

/// The expression of a PostgreSQL `CHECK (..)` definition, canonical.
fn postgres_check(definition: &str) -> String {
    canonical(definition.strip_prefix("CHECK").unwrap_or(definition))
}

/// What follows the (first top-level) `keyword` in `sql`, e.g. a partial index's predicate.
fn split_keyword(sql: &str, keyword: &str) -> Option<String> {
    let lower = sql.to_lowercase();
    let at = lower.find(&format!(" {keyword} "))?;
    Some(sql[at + keyword.len() + 2..].to_owned())
}

/// One canonical text for equivalent expressions as each backend prints them: casts,
/// redundant parentheses and case dropped; `= ANY (ARRAY[..])` read as `IN (..)`, BETWEEN as
/// two comparisons, IN lists sorted.
fn canonical(expression: &str) -> String {
    print(&simplify(group(&tokenize(expression))))
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    /// A keyword or identifier, lowercased and unquoted.
    Word(String),
    /// A number, or a string literal with its quotes.
    Literal(String),
    Symbol(String),
}

fn sym(s: &str) -> Token {
    Token::Symbol(s.into())
}

fn tokenize(sql: &str) -> Vec<Token> {
    let chars: Vec<char> = sql.chars().collect();
    let mut tokens = Vec::new();
    let mut at = 0;
    let take_while = |at: &mut usize, keep: &dyn Fn(char) -> bool| {
        let start = *at;
        while *at < chars.len() && keep(chars[*at]) {
            *at += 1;
        }
        chars[start..*at].iter().collect::<String>()
    };
    while at < chars.len() {
        let (c, next) = (chars[at], chars.get(at + 1).copied());
        if c.is_whitespace() {
            at += 1;
        } else if c == '-' && next == Some('-') {
            take_while(&mut at, &|c| c != '\n');
        } else if c == '\'' || c == '"' {
            let end = (at + 1..chars.len())
                .find(|&i| chars[i] == c)
                .unwrap_or(chars.len());
            let text: String = chars[at + 1..end].iter().collect();
            tokens.push(match c {
                '"' => Token::Word(text.to_lowercase()),
                _ => Token::Literal(format!("'{text}'")),
            });
            at = end + 1;
        } else if c.is_ascii_digit() {
            tokens.push(Token::Literal(take_while(&mut at, &|c| {
                c.is_ascii_digit() || c == '.'
            })));
        } else if c.is_alphanumeric() || c == '_' {
            let word = take_while(&mut at, &|c| c.is_alphanumeric() || c == '_');
            tokens.push(Token::Word(word.to_lowercase()));
        } else {
            let two: String = chars[at..(at + 2).min(chars.len())].iter().collect();
            let (symbol, width) = match two.as_str() {
                "::" | "<=" | ">=" | "<>" => (two, 2),
                "!=" => ("<>".into(), 2),
                "==" => ("=".into(), 2),
                _ => (c.to_string(), 1),
            };
            at += width;
            tokens.push(Token::Symbol(symbol));
        }
    }
    drop_casts(tokens)
}

/// Removes PostgreSQL's `::type` casts; a quoted number cast to a number is the number.
fn drop_casts(tokens: Vec<Token>) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    let mut tokens = tokens.into_iter().peekable();
    while let Some(token) = tokens.next() {
        if token != sym("::") {
            out.push(token);
            continue;
        }
        while let Some(Token::Word(_)) = tokens.peek() {
            tokens.next();
        }
        if tokens.peek() == Some(&sym("[")) {
            tokens.next();
            tokens.next();
        }
        if let Some(Token::Literal(text)) = out.last_mut() {
            let inner = text.trim_matches('\'');
            if inner.parse::<f64>().is_ok() {
                if let Some(negative) = inner.strip_prefix('-') {
                    *text = negative.to_owned();
                    out.insert(out.len() - 1, sym("-"));
                } else {
                    *text = inner.to_owned();
                }
            }
        }
    }
    out
}

/// A token, or a parenthesised group of nodes.
#[derive(Debug, Clone, PartialEq)]
enum Node {
    Token(Token),
    Group(Vec<Node>),
}

fn group(tokens: &[Token]) -> Vec<Node> {
    let mut stack: Vec<Vec<Node>> = vec![Vec::new()];
    for token in tokens {
        match token {
            Token::Symbol(s) if s == "(" || s == "[" => stack.push(Vec::new()),
            Token::Symbol(s) if (s == ")" || s == "]") && stack.len() > 1 => {
                let inner = stack.pop().unwrap();
                stack.last_mut().unwrap().push(Node::Group(inner));
            }
            _ => stack.last_mut().unwrap().push(Node::Token(token.clone())),
        }
    }
    stack.swap_remove(0)
}

fn word(node: Option<&Node>, expected: &str) -> bool {
    node == Some(&Node::Token(Token::Word(expected.into())))
}

fn simplify(nodes: Vec<Node>) -> Vec<Node> {
    let mut nodes: Vec<Node> = nodes
        .into_iter()
        .map(|node| match node {
            Node::Group(inner) => Node::Group(simplify(inner)),
            token => token,
        })
        .collect();
    // `x = ANY (ARRAY[a, b])` is `x IN (a, b)`.
    let mut at = 0;
    while at + 2 < nodes.len() {
        if nodes[at] == Node::Token(sym("=")) && word(nodes.get(at + 1), "any") {
            if let Node::Group(inner) = &nodes[at + 2] {
                if let [Node::Token(Token::Word(array)), Node::Group(items)] = inner.as_slice() {
                    if array == "array" {
                        let items = Node::Group(items.clone());
                        nodes.splice(at..at + 3, [Node::Token(Token::Word("in".into())), items]);
                    }
                }
            }
        }
        at += 1;
    }
    // `x BETWEEN a AND b` is `x >= a AND x <= b`.
    while let Some(at) = (1..nodes.len()).find(|&at| word(nodes.get(at), "between")) {
        if at + 3 >= nodes.len() || !word(nodes.get(at + 2), "and") {
            break;
        }
        let (x, low, high) = (
            nodes[at - 1].clone(),
            nodes[at + 1].clone(),
            nodes[at + 3].clone(),
        );
        let and = Node::Token(Token::Word("and".into()));
        nodes.splice(
            at - 1..at + 4,
            [
                x.clone(),
                Node::Token(sym(">=")),
                low,
                and,
                x,
                Node::Token(sym("<=")),
                high,
            ],
        );
    }
    // Parentheses around one node, or around a comparison (no AND, OR or NOT inside) that is
    // not a function's or IN's argument list, change nothing.
    let mut out: Vec<Node> = Vec::new();
    for node in nodes {
        match node {
            Node::Group(inner) => {
                let after_word = matches!(out.last(), Some(Node::Token(Token::Word(w))) if !["and", "or", "not"].contains(&w.as_str()));
                let logical = inner
                    .iter()
                    .any(|n| ["and", "or", "not"].iter().any(|w| word(Some(n), w)));
                if word(out.last(), "in") {
                    let mut items: Vec<Vec<Node>> = inner
                        .split(|n| *n == Node::Token(sym(",")))
                        .map(<[Node]>::to_vec)
                        .collect();
                    items.sort_by_key(|item| print(item));
                    let joined = items.join(&Node::Token(sym(",")));
                    out.push(Node::Group(joined));
                } else if !after_word && (inner.len() == 1 || !logical) {
                    out.extend(inner);
                } else {
                    out.push(Node::Group(inner));
                }
            }
            token => out.push(token),
        }
    }
    // The whole expression in parentheses is the expression.
    while let [Node::Group(inner)] = out.as_slice() {
        out = inner.clone();
    }
    out
}

fn print(nodes: &[Node]) -> String {
    let mut text = String::new();
    for node in nodes {
        let piece = match node {
            Node::Token(Token::Word(w) | Token::Literal(w) | Token::Symbol(w)) => w.clone(),
            Node::Group(inner) => format!("({})", print(inner)),
        };
        if !text.is_empty() && piece != "," {
            text.push(' ');
        }
        text.push_str(&piece);
    }
    text
}
