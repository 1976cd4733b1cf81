//! The one owner of the `limber.plan` key: the first-run answers and the plan made from
//! them, and the person's answers to the warning-signs question (which must outlive a plan,
//! and exist before one: someone who flags a sign in the first run has no plan yet).
//!
//! Format 2 is `{"profile": Profile | null, "safety": [Answer]}`; format 1 was the bare
//! profile, read as format 2 with no answers.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::envelope::LoadError;
use super::kv::{KeyValue, StoreError};
use super::slot::{Slot, SlotError};
use crate::domain::plan::Profile;
use crate::domain::safety;

pub const PLAN_KEY: &str = "limber.plan";

/// What the key holds.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Stored {
    pub profile: Option<Profile>,
    pub safety: safety::Record,
}

fn migrate(version: u64, data: Value) -> Result<Value, LoadError> {
    match version {
        1 => Ok(json!({ "profile": data, "safety": [] })),
        v => Err(LoadError::UnknownVersion(v)),
    }
}

const SLOT: Slot = Slot {
    key: PLAN_KEY,
    version: 2,
    migrate,
};

/// The stored plan and answers; empty before the first run. An unreadable value is kept
/// aside by the slot and reported, so the person can answer again without losing it.
pub fn load(kv: &impl KeyValue, now_ms: i64) -> Result<Stored, SlotError> {
    Ok(SLOT.load(kv, now_ms)?.unwrap_or_default())
}

/// Read, change, write: what another tab saved meanwhile (its answers, its plan) is kept
/// apart from what `change` touches.
pub fn update(
    kv: &impl KeyValue,
    now_ms: i64,
    change: impl FnOnce(&mut Stored),
) -> Result<Stored, SlotError> {
    let mut stored = load(kv, now_ms)?;
    change(&mut stored);
    SLOT.save(kv, &stored)?;
    Ok(stored)
}

/// Save a new or changed plan, keeping the stored answers.
pub fn save_profile(
    kv: &impl KeyValue,
    now_ms: i64,
    profile: &Profile,
) -> Result<Stored, SlotError> {
    update(kv, now_ms, |s| s.profile = Some(profile.clone()))
}

/// Write this exact value (when the stored one can't be read, so nothing is left to keep).
pub fn replace(kv: &impl KeyValue, stored: &Stored) -> Result<(), StoreError> {
    SLOT.save(kv, stored)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::{make_profile, ActivityLevel, PainDuration};
    use crate::domain::safety::Tier;
    use crate::storage::kv::MemoryStore;

    fn profile() -> Profile {
        make_profile(
            5,
            PainDuration::KeepsComingBack,
            ActivityLevel::Little,
            vec![],
            [true; 7],
            1140,
            true,
            9,
            60,
        )
        .unwrap()
    }

    #[test]
    fn round_trip_absent_and_damaged() {
        let kv = MemoryStore::new();
        assert_eq!(load(&kv, 0).unwrap(), Stored::default());
        let p = profile();
        save_profile(&kv, 0, &p).unwrap();
        assert_eq!(load(&kv, 0).unwrap().profile, Some(p));
        kv.set(
            PLAN_KEY,
            "{\"v\":2,\"data\":{\"profile\":{\"pain_now\":\"lots\"}}}",
        )
        .unwrap();
        assert!(load(&kv, 42).is_err());
        // Kept aside, not lost.
        assert!(kv
            .keys()
            .iter()
            .any(|k| k.starts_with("limber.quarantine.")));
        assert_eq!(load(&kv, 0).unwrap(), Stored::default());
    }

    #[test]
    fn a_format_1_plan_reads_as_format_2_without_answers() {
        let kv = MemoryStore::new();
        let p = profile();
        kv.set(
            PLAN_KEY,
            &format!(
                "{{\"v\":1,\"data\":{}}}",
                serde_json::to_string(&p).unwrap()
            ),
        )
        .unwrap();
        let stored = load(&kv, 0).unwrap();
        assert_eq!(stored.profile, Some(p));
        assert!(stored.safety.is_empty());
    }

    #[test]
    fn the_warning_sign_answer_is_kept_without_a_plan_and_survives_a_new_plan() {
        let kv = MemoryStore::new();
        update(&kv, 0, |s| s.safety.answer(Some(Tier::Emergency), 100)).unwrap();
        assert!(!load(&kv, 0).unwrap().safety.allows_sessions());
        save_profile(&kv, 0, &profile()).unwrap();
        let stored = load(&kv, 0).unwrap();
        assert!(stored.profile.is_some());
        assert!(
            !stored.safety.allows_sessions(),
            "a new plan must not lift the stop"
        );
        update(&kv, 0, |s| s.safety.clear(200)).unwrap();
        assert!(load(&kv, 0).unwrap().safety.allows_sessions());
    }
}
