//! The offers directory as Open Referral HSDS 3.0 open data, on SQLite and PostgreSQL with
//! the demo world: the endpoints HSDS 3.0's OpenAPI file defines, each object with exactly
//! the fields of the 3.0 schema (`schema/compiled/*.json` at the specification's v3.0 tag),
//! UUIDs, pagination, filters, only active offers, and nothing personal (an offer's contact
//! person never appears).

use std::collections::BTreeSet;

use serde_json::Value;

use crate::helpers::{backends, spawn_app_on, TestApp};

const SERVICE_LIST: &[&str] = &[
    "id",
    "organization_id",
    "program_id",
    "name",
    "alternate_name",
    "description",
    "url",
    "email",
    "status",
    "interpretation_services",
    "application_process",
    "fees_description",
    "wait_time",
    "fees",
    "accreditations",
    "eligibility_description",
    "minimum_age",
    "maximum_age",
    "assured_date",
    "assurer_email",
    "licenses",
    "alert",
    "last_modified",
    "organization",
    "program",
];
const SERVICE_NESTED: &[&str] = &[
    "phones",
    "schedules",
    "service_areas",
    "service_at_locations",
    "languages",
    "funding",
    "cost_options",
    "required_documents",
    "contacts",
    "attributes",
    "metadata",
];
const ORGANIZATION_LIST: &[&str] = &[
    "id",
    "name",
    "alternate_name",
    "description",
    "email",
    "website",
    "tax_status",
    "tax_id",
    "year_incorporated",
    "legal_status",
    "logo",
    "uri",
    "parent_organization_id",
];
const ORGANIZATION_NESTED: &[&str] = &[
    "funding",
    "contacts",
    "phones",
    "locations",
    "programs",
    "organization_identifiers",
    "attributes",
    "metadata",
    "services",
];
const LOCATION: &[&str] = &[
    "id",
    "location_type",
    "url",
    "organization_id",
    "name",
    "alternate_name",
    "description",
    "transportation",
    "latitude",
    "longitude",
    "external_identifier",
    "external_identifier_type",
    "languages",
    "addresses",
    "contacts",
    "accessibility",
    "phones",
    "schedules",
    "attributes",
    "metadata",
];
const SERVICE_AT_LOCATION_LIST: &[&str] = &[
    "id",
    "service_id",
    "location_id",
    "description",
    "location",
    "service",
];
const ADDRESS: &[&str] = &[
    "id",
    "location_id",
    "attention",
    "address_1",
    "address_2",
    "city",
    "region",
    "state_province",
    "postal_code",
    "country",
    "address_type",
    "attributes",
    "metadata",
];
const LANGUAGE: &[&str] = &[
    "id",
    "service_id",
    "location_id",
    "phone_id",
    "name",
    "code",
    "note",
    "attributes",
    "metadata",
];
const SCHEDULE: &[&str] = &[
    "id",
    "service_id",
    "location_id",
    "service_at_location_id",
    "valid_from",
    "valid_to",
    "dtstart",
    "timezone",
    "until",
    "count",
    "wkst",
    "freq",
    "interval",
    "byday",
    "byweekno",
    "bymonthday",
    "byyearday",
    "description",
    "opens_at",
    "closes_at",
    "schedule_link",
    "attending_type",
    "notes",
    "attributes",
    "metadata",
];
const PAGE: &[&str] = &[
    "total_items",
    "total_pages",
    "page_number",
    "size",
    "first_page",
    "last_page",
    "empty",
    "contents",
];

fn keys(value: &Value) -> BTreeSet<String> {
    value
        .as_object()
        .expect("an object")
        .keys()
        .cloned()
        .collect()
}

fn set(lists: &[&[&str]]) -> BTreeSet<String> {
    lists
        .iter()
        .flat_map(|l| l.iter().map(|k| (*k).to_owned()))
        .collect()
}

fn is_uuid(value: &Value) -> bool {
    value
        .as_str()
        .is_some_and(|s| uuid::Uuid::parse_str(s).is_ok())
}

async fn get(app: &TestApp, path: &str) -> (u16, Value, String) {
    let response = app.get(&format!("/open-data/hsds{path}"), None).await;
    let status = response.status().as_u16();
    let cors = response
        .headers()
        .get("access-control-allow-origin")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let text = response.text().await.unwrap();
    let json =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {status} {e}: {text:?}"));
    (status, json, cors)
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(&app.db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn the_offers_directory_is_published_as_hsds_3_0_without_personal_data() {
    for db in backends().await {
        app::server::demo::load(&db).await.expect("demo world");
        let app = spawn_app_on(db).await;
        let (status, about, cors) = get(&app, "").await;
        assert_eq!((status, cors.as_str()), (200, "*"));
        assert_eq!(about["version"], "3.0");

        // Services, a page at a time, each with exactly the fields of HSDS 3.0's service_list.
        let active = count(&app, "SELECT COUNT(*) FROM offers WHERE active = 1").await;
        assert!(active >= 4, "the demo has offers");
        let mut seen = BTreeSet::new();
        let mut page_number = 1;
        loop {
            let (status, page, _) =
                get(&app, &format!("/services?per_page=3&page={page_number}")).await;
            assert_eq!(status, 200);
            assert_eq!(keys(&page), set(&[PAGE]));
            assert_eq!(page["total_items"], active);
            assert_eq!(page["page_number"], page_number);
            assert_eq!(page["first_page"], page_number == 1);
            for service in page["contents"].as_array().unwrap() {
                assert_eq!(keys(service), set(&[SERVICE_LIST]));
                assert!(is_uuid(&service["id"]) && is_uuid(&service["organization_id"]));
                assert_eq!(service["status"], "active");
                assert_eq!(keys(&service["organization"]), set(&[ORGANIZATION_LIST]));
                // HSDS requires an organisation's description: the kind of organisation.
                assert!(service["organization"]["description"].is_string());
                assert!(!service.to_string().contains("Unknown localization"));
                assert!(seen.insert(service["id"].as_str().unwrap().to_owned()));
            }
            if page["last_page"] == true {
                break;
            }
            page_number += 1;
        }
        assert_eq!(seen.len() as i64, active, "every active offer once");
        assert_eq!(page_number, (active + 2) / 3);

        // One service, fully nested: its place with address, languages, course starts,
        // documents.
        let (_, list, _) = get(&app, "/services?search=kinderbetreuung").await;
        let first = &list["contents"][0];
        assert!(
            first["name"]
                .as_str()
                .unwrap()
                .to_lowercase()
                .contains("kinderbetreuung")
                || first["description"]
                    .as_str()
                    .unwrap_or("")
                    .to_lowercase()
                    .contains("kinderbetreuung")
        );
        let (status, service, _) = get(
            &app,
            &format!("/services/{}", first["id"].as_str().unwrap()),
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(keys(&service), set(&[SERVICE_LIST, SERVICE_NESTED]));
        let at = &service["service_at_locations"][0];
        assert_eq!(at["service_id"], service["id"]);
        assert_eq!(keys(&at["location"]), set(&[LOCATION]));
        let address = &at["location"]["addresses"][0];
        assert_eq!(keys(address), set(&[ADDRESS]));
        assert_eq!(address["country"], "DE");
        assert_eq!(address["postal_code"].as_str().unwrap().len(), 5);
        for language in service["languages"].as_array().unwrap() {
            assert_eq!(keys(language), set(&[LANGUAGE]));
            assert_eq!(language["code"].as_str().unwrap().len(), 3, "ISO 639-3");
        }
        for schedule in service["schedules"].as_array().unwrap() {
            assert_eq!(keys(schedule), set(&[SCHEDULE]));
        }
        assert!(!service["schedules"].as_array().unwrap().is_empty());

        // Organisations: those with active offers, with their services and places.
        let published = count(
            &app,
            "SELECT COUNT(*) FROM organisations o WHERE EXISTS
                 (SELECT 1 FROM offers f WHERE f.organisation_id = o.id AND f.active = 1)",
        )
        .await;
        let (_, organizations, _) = get(&app, "/organizations").await;
        assert_eq!(organizations["total_items"], published);
        let organization = &organizations["contents"][0];
        assert_eq!(keys(organization), set(&[ORGANIZATION_LIST]));
        let (status, full, _) = get(
            &app,
            &format!("/organizations/{}", organization["id"].as_str().unwrap()),
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(keys(&full), set(&[ORGANIZATION_LIST, ORGANIZATION_NESTED]));
        assert!(!full["services"].as_array().unwrap().is_empty());
        let (_, filtered, _) = get(
            &app,
            &format!(
                "/services?organization_id={}",
                organization["id"].as_str().unwrap()
            ),
        )
        .await;
        assert_eq!(
            filtered["total_items"],
            full["services"].as_array().unwrap().len()
        );

        // Service at location: list and one.
        let (_, at_locations, _) = get(&app, "/service_at_locations?per_page=500").await;
        assert_eq!(at_locations["total_items"], active);
        let one = &at_locations["contents"][0];
        assert_eq!(keys(one), set(&[SERVICE_AT_LOCATION_LIST]));
        let (status, detail, _) = get(
            &app,
            &format!("/service_at_locations/{}", one["id"].as_str().unwrap()),
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(detail["service"]["id"], one["service_id"]);

        // Nothing personal: no offer's contact (a person, a phone number) in any answer.
        let contacts: Vec<String> =
            sqlx::query_scalar("SELECT contact FROM offers WHERE contact <> ''")
                .fetch_all(&app.db.pool)
                .await
                .unwrap();
        assert!(!contacts.is_empty(), "the demo's offers name contacts");
        let everything = format!("{at_locations}{full}{service}{organizations}");
        for contact in &contacts {
            assert!(
                !everything.contains(contact.as_str()),
                "{contact} published"
            );
        }
        let staff: Vec<String> = sqlx::query_scalar("SELECT email FROM users")
            .fetch_all(&app.db.pool)
            .await
            .unwrap();
        for email in &staff {
            assert!(!everything.contains(email.as_str()), "{email} published");
        }

        // A deactivated offer is gone on the next request.
        let service_id = service["id"].as_str().unwrap().to_owned();
        sqlx::query("UPDATE offers SET active = 0 WHERE title = $1")
            .bind(service["name"].as_str().unwrap())
            .execute(&app.db.pool)
            .await
            .unwrap();
        let (status, _, _) = get(&app, &format!("/services/{service_id}")).await;
        assert_eq!(status, 404);

        // Bad requests are told apart from what does not exist, in JSON.
        for (path, expected) in [
            ("/services?page=0", 400),
            ("/services?per_page=100000", 400),
            ("/services?modified_after=gestern", 400),
            ("/services/42", 404),
            ("/services/00000000-0000-4000-8000-000000000000", 404),
            ("/organizations/not-an-id", 404),
        ] {
            let (status, body, _) = get(&app, path).await;
            assert_eq!(status, expected, "{path}");
            assert!(body["error"].is_string(), "{path}");
        }
        let (_, beyond, _) = get(&app, "/services?page=99").await;
        assert_eq!(beyond["empty"], true);
        let (_, later, _) = get(&app, "/services?modified_after=2999-01-01").await;
        assert_eq!(later["total_items"], 0);
    }
}
