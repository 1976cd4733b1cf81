//! The versioned envelope around every stored value.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::domain::i18n::{messages, Msg};

/// Why a stored value could not be read. Every message says what happened in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON at all (cut short, or written by something else).
    NotJson(String),
    /// JSON, but without a version number we recognise.
    NoVersion,
    /// Written by a newer version of Limber than this one.
    TooNew { found: u64, newest: u32 },
    /// A version this build has no migration for.
    UnknownVersion(u64),
    /// The right version, but the data inside does not have the expected shape.
    WrongShape(String),
}

impl LoadError {
    /// What is wrong, as a clause for the technical details ("Reason: …").
    pub fn msg(&self) -> Msg {
        match self {
            LoadError::NotJson(e) => messages::more_load_not_json(e.as_str()),
            LoadError::NoVersion => messages::more_load_no_version(),
            LoadError::TooNew { found, newest } => messages::more_load_too_new(*found, *newest),
            LoadError::UnknownVersion(v) => messages::more_load_unknown_version(*v),
            LoadError::WrongShape(e) => messages::more_load_wrong_shape(e.as_str()),
        }
    }
}

/// Wrap `data` in an envelope of version `version`: `{"data":…,"v":N}`. Written as text
/// around the data's own JSON rather than through a `serde_json::Value`, so saving needs no
/// generic JSON tree (the first load doesn't carry one).
pub fn encode<T: Serialize>(version: u32, data: &T) -> String {
    // Serialising our own plain data types (strings, numbers, vectors, string-keyed maps)
    // cannot fail.
    let data = serde_json::to_string(data).unwrap_or_else(|_| "null".into());
    format!("{{\"data\":{data},\"v\":{version}}}")
}

/// Read an envelope written by any version up to `newest`. `migrate` turns the `data` of an
/// older version into the current shape; it is called with the version found, and only for
/// versions below `newest`.
pub fn decode<T, M>(raw: &str, newest: u32, migrate: M) -> Result<T, LoadError>
where
    T: DeserializeOwned,
    M: FnOnce(u64, Value) -> Result<Value, LoadError>,
{
    let value: Value = serde_json::from_str(raw).map_err(|e| LoadError::NotJson(e.to_string()))?;
    let Value::Object(mut map) = value else {
        return Err(LoadError::NoVersion);
    };
    let version = map
        .get("v")
        .and_then(Value::as_u64)
        .ok_or(LoadError::NoVersion)?;
    let data = map
        .remove("data")
        .ok_or_else(|| LoadError::WrongShape("no data".into()))?;
    let data = match version {
        v if v == u64::from(newest) => data,
        v if v > u64::from(newest) => return Err(LoadError::TooNew { found: v, newest }),
        0 => return Err(LoadError::UnknownVersion(0)),
        v => migrate(v, data)?,
    };
    serde_json::from_value(data).map_err(|e| LoadError::WrongShape(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn no_migrations(v: u64, _: Value) -> Result<Value, LoadError> {
        Err(LoadError::UnknownVersion(v))
    }

    #[test]
    fn round_trip() {
        let data = vec![1u32, 2, 3];
        let raw = encode(1, &data);
        assert!(raw.starts_with("{\"data\":") || raw.contains("\"v\":1"));
        assert_eq!(decode::<Vec<u32>, _>(&raw, 1, no_migrations), Ok(data));
    }

    #[test]
    fn newer_version_is_refused_with_a_clear_error() {
        let err = decode::<Vec<u32>, _>(r#"{"v":7,"data":[]}"#, 1, no_migrations);
        assert_eq!(
            err,
            Err(LoadError::TooNew {
                found: 7,
                newest: 1
            })
        );
        let message = crate::domain::i18n::english_text(&err.map(|_| ()).unwrap_err().msg());
        assert!(message.contains("newer version"), "{message}");
    }

    #[test]
    fn version_zero_and_missing_versions_are_refused() {
        assert_eq!(
            decode::<Vec<u32>, _>(r#"{"v":0,"data":[]}"#, 1, no_migrations),
            Err(LoadError::UnknownVersion(0))
        );
        assert_eq!(
            decode::<Vec<u32>, _>(r#"{"data":[]}"#, 1, no_migrations),
            Err(LoadError::NoVersion)
        );
        assert_eq!(
            decode::<Vec<u32>, _>("[1,2]", 1, no_migrations),
            Err(LoadError::NoVersion)
        );
        assert_eq!(
            decode::<Vec<u32>, _>(r#"{"v":"1","data":[]}"#, 1, no_migrations),
            Err(LoadError::NoVersion)
        );
    }

    #[test]
    fn older_versions_go_through_migrate() {
        let migrate = |v: u64, data: Value| {
            assert_eq!(v, 1);
            Ok(Value::Array(vec![data]))
        };
        assert_eq!(
            decode::<Vec<u32>, _>(r#"{"v":1,"data":5}"#, 2, migrate),
            Ok(vec![5])
        );
    }

    #[test]
    fn wrong_shape_and_truncation_are_errors() {
        assert!(matches!(
            decode::<Vec<u32>, _>(r#"{"v":1,"data":{"a":1}}"#, 1, no_migrations),
            Err(LoadError::WrongShape(_))
        ));
        assert!(matches!(
            decode::<Vec<u32>, _>(r#"{"v":1,"data":[1,2"#, 1, no_migrations),
            Err(LoadError::NotJson(_))
        ));
    }

    proptest! {
        /// Whatever bytes are in storage, reading them never panics.
        #[test]
        fn garbage_never_panics(raw in ".{0,200}") {
            let _ = decode::<Vec<u32>, _>(&raw, 1, no_migrations);
        }

        #[test]
        fn any_data_round_trips(data in proptest::collection::vec(any::<(u32, String)>(), 0..20)) {
            let raw = encode(3, &data);
            prop_assert_eq!(decode::<Vec<(u32, String)>, _>(&raw, 3, no_migrations), Ok(data));
        }
    }
}
