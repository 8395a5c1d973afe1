//! A form checkbox as a `bool`: the browser posts the field (`on`) only when it is ticked, so
//! any value means `true` and an absent field means `false`. Use with `#[serde(default)]`
//! and `skip_serializing_if = "checkbox::unticked"` so a `false` is sent as no field at all.

use serde::{Deserialize, Deserializer, Serializer};

pub fn serialize<S: Serializer>(ticked: &bool, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(if *ticked { "on" } else { "" })
}

pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    Option::<String>::deserialize(deserializer).map(|value| value.is_some())
}

/// `false`: not sent.
pub fn unticked(ticked: &bool) -> bool {
    !*ticked
}
